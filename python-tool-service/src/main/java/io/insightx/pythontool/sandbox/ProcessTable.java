package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of /proc: every process's parent, CPU time and resident set, from its {@code stat} line alone, so that
 * the trees of many kernels are measured from one pass instead of one pass each (20 running executions watched ten
 * times a second each had two threads scanning /proc all the time).
 */
final class ProcessTable {

    private static final long PAGE = 4096;
    private static final double TICKS_PER_SECOND = 100;

    private record Entry(long pid, long ppid, long cpuTicks, long residentPages) {
    }

    private final Map<Long, Entry> byPid = new HashMap<>();
    private final Map<Long, List<Entry>> children = new HashMap<>();

    private ProcessTable() {
    }

    static ProcessTable read() {
        ProcessTable table = new ProcessTable();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), p -> isPid(p.getFileName().toString()))) {
            for (Path dir : proc) {
                Entry e = entry(dir);
                if (e != null) {
                    table.byPid.put(e.pid(), e);
                    table.children.computeIfAbsent(e.ppid(), k -> new ArrayList<>()).add(e);
                }
            }
        } catch (IOException e) {
            // /proc unreadable: an empty table, every tree measures nothing.
        }
        return table;
    }

    /** The tree of {@code root}: its resident set (an upper bound of its proportional set), CPU and process count. */
    ProcessTreeUsage usage(long root) {
        Entry first = byPid.get(root);
        if (first == null) {
            return new ProcessTreeUsage(0, 0, 0);
        }
        long pages = 0;
        long ticks = 0;
        int count = 0;
        Deque<Entry> todo = new ArrayDeque<>(List.of(first));
        while (!todo.isEmpty()) {
            Entry e = todo.pop();
            pages += e.residentPages();
            ticks += e.cpuTicks();
            count++;
            todo.addAll(children.getOrDefault(e.pid(), List.of()));
        }
        return new ProcessTreeUsage(pages * PAGE, ticks / TICKS_PER_SECOND, count);
    }

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** pid, ppid, utime + stime + cutime + cstime and rss of one process; null if it ended while being read. */
    private static Entry entry(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            // The command name may hold spaces and parentheses: fields are counted after its closing parenthesis,
            // where field n of proc(5) is at n - 3.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return new Entry(Long.parseLong(dir.getFileName().toString()), Long.parseLong(f[1]), ticks, Long.parseLong(f[21]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
