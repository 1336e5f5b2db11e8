package jp.kojo.batch.resultsout;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The records of one results file, in order: per organisation cycle a header, its data records, one totals
 * record per product and a trailer; then one end record. Each record ends with CRLF. The lines are streamed
 * from the {@link LineSource}, never held as a whole.
 */
public final class ResultsFileContent {
    static final String CRLF = "\r\n";

    /** The lines of one organisation cycle, in line-number order. */
    public interface LineSource {
        void lines(ExportGroup group, LineConsumer each) throws Exception;
    }

    /** Receives one line. */
    public interface LineConsumer {
        void accept(ExportLine line) throws IOException;
    }

    private ResultsFileContent() {
    }

    /** Writes the records; answers the number of data records. */
    public static long write(Writer out, List<ExportGroup> groups, LineSource source) throws Exception {
        long dataRecords = 0;
        for (ExportGroup g : groups) {
            ResultRecordWriter writer = ResultRecordWriters.of(g.payroll());
            ResultTotals totals = new ResultTotals();
            out.write(ResultRecords.header(g, writer.serviceType()));
            out.write(CRLF);
            long[] count = {0};
            source.lines(g, line -> {
                out.write(writer.dataRecord(g.contractNumber(), line));
                out.write(CRLF);
                totals.add(line, writer.result(line));
                count[0]++;
            });
            dataRecords += count[0];
            for (var product : totals.byProduct().entrySet()) {
                out.write(ResultRecords.totals(g.contractNumber(), product.getKey(), product.getValue()));
                out.write(CRLF);
            }
            out.write(ResultRecords.trailer(g.contractNumber(), totals.total()));
            out.write(CRLF);
        }
        out.write(ResultRecords.end(groups.size()));
        out.write(CRLF);
        return dataRecords;
    }
}
