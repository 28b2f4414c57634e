package io.insightx.orchestrator.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CappedCsvTest {

    @Test
    void aResultUnderTheCapIsKeptWholeWithItsRowsCounted() throws IOException {
        PythonInput input = read("a,b\n1,x\n2,y\n3,z\n", 1000);
        assertThat(input.rows()).isEqualTo(3);
        assertThat(input.capped()).isFalse();
        assertThat(new String(input.csv(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,x\n2,y\n3,z\n");
    }

    @Test
    void aLastRowWithoutItsNewlineStillCounts() throws IOException {
        assertThat(read("a\n1\n2", 1000).rows()).isEqualTo(2);
    }

    @Test
    void pastTheCapOnlyWholeRecordsAreKeptAndTheCutIsSaid() throws IOException {
        PythonInput input = read("a,b\n1,x\n2,y\n3,z\n", 10);
        assertThat(new String(input.csv(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,x\n");
        assertThat(input.rows()).isEqualTo(1);
        assertThat(input.capped()).isTrue();
        assertThat(input.note()).contains("first 1 rows");
    }

    @Test
    void aNewlineInsideQuotesDoesNotEndARecord() throws IOException {
        PythonInput input = read("a,b\n\"two\nlines\",x\n2,y\n", 20);
        assertThat(new String(input.csv(), StandardCharsets.UTF_8)).isEqualTo("a,b\n\"two\nlines\",x\n");
        assertThat(input.rows()).isEqualTo(1);
    }

    private static PythonInput read(String csv, long cap) throws IOException {
        return CappedCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), cap);
    }
}
