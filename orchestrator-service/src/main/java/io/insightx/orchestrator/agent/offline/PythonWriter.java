package io.insightx.orchestrator.agent.offline;

/** Writes the pandas/matplotlib code that draws a plan's chart from the query result, {@code df}. */
final class PythonWriter {

    private PythonWriter() {
    }

    static String write(Plan plan) {
        String title = title(plan).replace("'", "\\'");
        return switch (plan.kind()) {
            case HISTOGRAM -> """
                    fig, ax = plt.subplots(figsize=(8, 4.5))
                    width = (df['bin_start'].iloc[1] - df['bin_start'].iloc[0]) if len(df) > 1 else 1
                    ax.bar(df['bin_start'], df['rows'], width=width * 0.95, align='edge', color='#4C78A8')
                    ax.set_xlabel('%s'); ax.set_ylabel('rows'); ax.set_title('%s')
                    result = {'mode_bin_start': float(df.loc[df['rows'].idxmax(), 'bin_start']), 'rows': int(df['rows'].sum())}
                    """.formatted(label(plan.measure()), title);
            case CORRELATION -> """
                    x, y = df.columns[0], df.columns[1]
                    fig, ax = plt.subplots(figsize=(7, 5))
                    ax.scatter(df[x], df[y], s=10, alpha=0.6, color='#4C78A8')
                    ax.set_xlabel(x); ax.set_ylabel(y); ax.set_title('%s')
                    result = {'r': float(df['r'].iloc[0]), 'points': int(len(df))}
                    """.formatted(title);
            default -> """
                    x, y = df.columns[0], df.columns[1]
                    fig, ax = plt.subplots(figsize=(8, 4.5))
                    %s
                    ax.set_xlabel(x); ax.set_ylabel(y); ax.set_title('%s')
                    fig.autofmt_xdate() if len(df) > 8 else None
                    result = df
                    """.formatted(plan.kind() == Plan.Kind.TREND
                    ? "ax.plot(df[x].astype(str), df[y], marker='o', color='#4C78A8')"
                    : "ax.bar(df[x].astype(str), df[y], color='#4C78A8')", title);
        };
    }

    static String title(Plan plan) {
        return switch (plan.kind()) {
            case HISTOGRAM -> "Distribution of " + plan.measure().name();
            case CORRELATION -> plan.measure().name() + " vs " + plan.second().name();
            default -> (plan.aggregate() == Plan.Aggregate.COUNT ? "Rows" : capitalize(plan.aggregate().words) + " "
                    + plan.measure().name()) + " by " + SqlWriter.groupAlias(plan);
        };
    }

    private static String label(Schema.Column c) {
        return c.name().replace("'", "\\'");
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
