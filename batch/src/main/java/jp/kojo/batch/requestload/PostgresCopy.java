package jp.kojo.batch.requestload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Stages a chunk with PostgreSQL's {@code COPY … FROM STDIN} through the driver's CopyManager, on the pooled
 * connection of the chunk's transaction (unwrapped; WildFly hands out a wrapper). COPY's text format: columns
 * separated by tabs, {@code \N} for null, backslash, tab, newline and carriage return escaped.
 */
final class PostgresCopy {
    private static final String COPY =
            "COPY request_line_staging (" + RequestLineStaging.COLUMNS + ") FROM STDIN";

    private PostgresCopy() {
    }

    /** True when {@code c} is (a wrapper of) a PostgreSQL connection. */
    static boolean supports(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) && c.isWrapperFor(PGConnection.class);
    }

    static void stage(Connection c, long fileId, List<LineRow> rows) throws SQLException {
        byte[] data = text(fileId, rows);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new SQLException("COPY into request_line_staging failed", e);
        }
    }

    /** The rows in COPY's text format, UTF-8 (pgJDBC's client encoding), one line per row. */
    static byte[] text(long fileId, List<LineRow> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (LineRow r : rows) {
            text.append(fileId).append('\t').append(r.sourceRecord()).append('\t').append(r.organizationId());
            field(text, r.personNumber());
            field(text, r.employeeNumber());
            field(text, r.nameKana());
            field(text, r.productCode());
            field(text, r.branchCode());
            field(text, r.accountNumber());
            text.append('\t').append(r.amount()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder text, String value) {
        text.append('\t');
        if (value == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }
}
