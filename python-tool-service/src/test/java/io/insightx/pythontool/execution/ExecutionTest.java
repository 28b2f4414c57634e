package io.insightx.pythontool.execution;

import static io.insightx.pythontool.support.Executions.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.insightx.pythontool.support.Executions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExecutionTest {

    static final Map<String, Object> WEATHER = Map.of("df", Map.of(
            "columns", List.of(Map.of("name", "date", "type", "DATE"), Map.of("name", "weather", "type", "VARCHAR"),
                    Map.of("name", "temp_max", "type", "DOUBLE")),
            "rows", List.of(List.of("2012-01-01", "rain", 12.8), List.of("2012-01-02", "sun", 10.6),
                    List.of("2012-01-03", "rain", 11.7))));

    @Test
    void inputsArriveAsTypedDataFrames() {
        JsonPath answer = run("print(df.dtypes.to_dict())\nresult = df.groupby('weather')['temp_max'].mean()",
                Map.of("inputs", WEATHER));
        assertThat(answer.getString("status")).isEqualTo("ok");
        assertThat(answer.getString("stdout")).contains("'date': dtype('<M8[ns]')", "'temp_max': dtype('float64')");
        assertThat(answer.getList("result.columns.name")).containsExactly("weather", "temp_max");
        assertThat(answer.getList("result.rows")).containsExactly(List.of("rain", 12.25f), List.of("sun", 10.6f));
        assertThat(answer.getLong("elapsedMs")).isNotNegative();
    }

    @Test
    void aWholeCsvFileArrivesAsATypedDataFrame() {
        String csv = "date,weather,temp_max\n2012-01-01,rain,12.8\n2012-01-02,,10.6\n2012-01-03,rain,\n";
        Map<String, Object> input = Map.of("format", "csv", "data", Base64.getEncoder().encodeToString(csv.getBytes()),
                "columns", ((Map<?, ?>) WEATHER.get("df")).get("columns"));
        JsonPath answer = run("print(df.dtypes.to_dict())\n[len(df), int(df['weather'].isna().sum()), round(df['temp_max'].sum(), 1)]",
                Map.of("inputs", Map.of("df", input)));
        assertThat(answer.getString("stdout")).contains("'date': dtype('<M8[ns]')", "'temp_max': dtype('float64')");
        assertThat(answer.getList("result")).containsExactly(3, 1, 23.4f);
    }

    @Test
    void anInputInAnUnknownFormatIsABadRequest() {
        Executions.api().contentType("application/json")
                .body(Map.of("code", "1", "inputs", Map.of("df", Map.of("format", "parquet", "data", ""))))
                .post("/v1/execute").then().statusCode(400).body("code", org.hamcrest.Matchers.equalTo("invalid-request"));
    }

    @Test
    void plainColumnNamesWorkToo() {
        JsonPath answer = run("len(data)", Map.of("inputs",
                Map.of("data", Map.of("columns", List.of("a", "b"), "rows", List.of(List.of(1, 2), List.of(3, 4))))));
        assertThat(answer.getInt("result")).isEqualTo(2);
    }

    @Test
    void theLastExpressionIsTheResultUnlessResultIsSet() {
        assertThat(run("x = 20\nx * 2 + 2").getInt("result")).isEqualTo(42);
        assertThat(run("result = 'named'\n1 + 1").getString("result")).isEqualTo("named");
        assertThat(run("x = 1").getString("result")).isNull();
    }

    @Test
    void valuesBecomeJson() {
        JsonPath answer = run("import datetime\nresult = {'nan': float('nan'), 'np': np.int64(7), 'f': np.float32(0.5),"
                + " 'arr': np.arange(3), 'ts': pd.Timestamp('2020-01-02 03:04:05'), 'd': datetime.date(2020, 1, 2),"
                + " 'nat': pd.NaT, 'inf': float('inf'), 'big': 2**70, 'nested': [{'a': None}],"
                + " 'frame': pd.DataFrame({'x': [1.5, None]})}");
        assertThat(answer.getString("status")).isEqualTo("ok");
        Map<String, Object> result = answer.getMap("result");
        assertThat(result).containsEntry("nan", null).containsEntry("np", 7).containsEntry("f", 0.5f)
                .containsEntry("arr", List.of(0, 1, 2)).containsEntry("ts", "2020-01-02T03:04:05")
                .containsEntry("d", "2020-01-02").containsEntry("nat", null).containsEntry("inf", null);
        assertThat(answer.getString("result.big")).isEqualTo("1180591620717411303424");
        assertThat(answer.getList("result.frame.rows")).containsExactly(List.of(1.5f), java.util.Arrays.asList((Object) null));
    }

    @Test
    void figuresComeBackAsPng() {
        JsonPath answer = run("import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['a', 'b'], [1, 2])\n"
                + "plt.figure()\nplt.plot([1, 2, 3])");
        assertThat(answer.getList("figures")).hasSize(2);
        assertThat(answer.getString("figures[0].format")).isEqualTo("png");
        byte[] png = Base64.getDecoder().decode(answer.getString("figures[0].data"));
        assertThat(new String(png, 1, 3)).isEqualTo("PNG");
        assertThat(answer.getString("result")).isNull();
    }

    /**
     * A figure is drawn once and cut to its tight box where that gives savefig's picture; savefig draws the rest
     * (something outside the figure, another dpi). Either way it has the size savefig(bbox_inches="tight") gives.
     */
    @Test
    void figuresHaveTheSizeOfTheirTightBox() throws Exception {
        JsonPath answer = run("""
                import io, struct
                plt.bar(['a', 'b', 'c'], [3, 1, 2]); plt.title('drawn once, cut')
                fig, ax = plt.subplots(); ax.plot([1, 2], label='a long label'); ax.legend(bbox_to_anchor=(1.05, 1))
                plt.figure(dpi=150); plt.plot([1, 2])
                def size(f):
                    b = io.BytesIO(); f.savefig(b, format='png', dpi=100, bbox_inches='tight')
                    return list(struct.unpack('>II', b.getvalue()[16:24]))
                result = [size(plt.figure(n)) for n in plt.get_fignums()]
                """);
        assertThat(answer.getList("figures")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                    answer.getString("figures[" + i + "].data"))));
            assertThat(List.of(png.getWidth(), png.getHeight())).as("figure %d", i)
                    .isEqualTo(answer.getList("result[" + i + "]"));
        }
    }

    @Test
    void markedTablesAreReturned() {
        JsonPath answer = run("show_table(df.groupby('weather').size().rename('days'), 'days per weather')\n"
                + "show_table(df.head(1))", Map.of("inputs", WEATHER));
        assertThat(answer.getList("tables.name")).containsExactly("days per weather", "table_2");
        assertThat(answer.getList("tables[0].rows")).containsExactly(List.of("rain", 2), List.of("sun", 1));
        assertThat(answer.getString("tables[1].rows[0][0]")).isEqualTo("2012-01-01T00:00:00");
    }

    @Test
    void errorsPointAtTheUsersLines() {
        JsonPath answer = run("a = 1\n\ndef f(x):\n    return x / 0\n\nf(a)");
        assertThat(answer.getString("status")).isEqualTo("error");
        assertThat(answer.getString("error.type")).isEqualTo("ZeroDivisionError");
        assertThat(answer.getString("error.message")).isEqualTo("division by zero");
        assertThat(answer.getString("error.traceback")).contains("line 6", "line 4", "return x / 0")
                .doesNotContain("runner.py");
        JsonPath syntax = run("for x in :\n  pass");
        assertThat(syntax.getString("error.type")).isEqualTo("SyntaxError");
        assertThat(syntax.getString("error.message")).contains("line 1");
        JsonPath missing = run("df['nope']", Map.of("inputs", WEATHER));
        assertThat(missing.getString("error.type")).isEqualTo("KeyError");
    }

    @Test
    void outputIsCappedWithAMarker() {
        JsonPath answer = run("import sys\nprint('x' * 200000)\nsys.stderr.write('e' * 100000)\nos = __import__('os')\n"
                + "os.write(1, b'raw fd write')");
        assertThat(answer.getString("status")).isEqualTo("ok");
        assertThat(answer.getString("stdout")).startsWith("xxxx").contains("[output truncated: ").hasSizeLessThan(66_000);
        assertThat(answer.getString("stderr")).startsWith("eeee").contains("[output truncated: ");
    }

    @Test
    void stdoutAndStderrAreSeparate() {
        JsonPath answer = run("import sys\nprint('to out')\nprint('to err', file=sys.stderr)");
        assertThat(answer.getString("stdout")).isEqualTo("to out\n");
        assertThat(answer.getString("stderr")).isEqualTo("to err\n");
    }

    @Test
    void scipyIsAvailable() {
        assertThat(run("from scipy import stats\nround(stats.pearsonr([1, 2, 3, 4], [2, 4, 5, 9])[0], 3)")
                .getFloat("result")).isEqualTo(0.965f);
    }
}
