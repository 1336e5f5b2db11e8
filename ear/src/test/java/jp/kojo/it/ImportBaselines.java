package jp.kojo.it;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.batch.requestload.ParsedItem;
import jp.kojo.batch.requestload.RequestFormat;
import jp.kojo.batch.requestload.RequestParser;
import jp.kojo.batch.requestload.RequestRecord;
import org.postgresql.PGConnection;

/**
 * The baselines of {@link ImportSpeedBenchmark}: the persons and lines the job loaded, prepared beforehand as COPY
 * text (person ids, line numbers per organisation and organisation ids already resolved: the work the job does
 * and COPY cannot), then timed while PostgreSQL's COPY loads them
 * <ul>
 *   <li>(a) into bench_a.person and bench_a.deduction_line: copies of Kojo's tables with their primary keys,
 *       unique constraints, indexes, defaults and foreign keys (to public.organization, deduction_cycle,
 *       interchange_file and bench_a.person);</li>
 *   <li>(a') into the same tables as (a), emptied again, with the foreign-key triggers off for the COPY's
 *       transaction ({@code session_replication_role = replica}), as the job's move runs when it may: what the
 *       keys and indexes cost without the per-row reference checks;</li>
 *   <li>(b) into bench_b's bare tables of the same columns (no key, index, default or constraint).</li>
 * </ul>
 * Both schemas are dropped afterwards.
 */
final class ImportBaselines {
    private static final String PERSON_COLUMNS = "id, organization_id, person_number, employee_number, name_kana";
    private static final String LINE_COLUMNS = "cycle_id, organization_id, person_id, line_number, product_code,"
            + " account_branch_code, account_number, requested_amount, source_file_id, source_record";

    private ImportBaselines() {
    }

    /** Seconds: a, a.persons, a.lines, a.noTriggers, b. */
    static Map<String, Double> run(Path requestFile, long fileId) throws Exception {
        Path persons = Files.createTempFile("bench-persons", ".copy");
        Path lines = Files.createTempFile("bench-lines", ".copy");
        Map<String, Double> seconds = new LinkedHashMap<>();
        try (Connection c = TestServer.database()) {
            long cycleId;
            try (PreparedStatement ps = c.prepareStatement("SELECT cycle_id FROM interchange_file WHERE id = ?")) {
                ps.setLong(1, fileId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    cycleId = rs.getLong(1);
                }
            }
            prepare(c, requestFile, fileId, cycleId, persons, lines);
            createTables(c);

            double aPersons = copy(c, "bench_a.person (" + PERSON_COLUMNS + ")", persons);
            double aLines = copy(c, "bench_a.deduction_line (" + LINE_COLUMNS + ")", lines);
            seconds.put("a", aPersons + aLines);
            seconds.put("a.persons", aPersons);
            seconds.put("a.lines", aLines);
            ImportSpeedBenchmark.execute(c, "TRUNCATE bench_a.deduction_line, bench_a.person");
            ImportSpeedBenchmark.execute(c, "CHECKPOINT");
            c.setAutoCommit(false);
            ImportSpeedBenchmark.execute(c, "SET LOCAL session_replication_role = replica");
            double noTriggers = copy(c, "bench_a.person (" + PERSON_COLUMNS + ")", persons)
                    + copy(c, "bench_a.deduction_line (" + LINE_COLUMNS + ")", lines);
            c.commit();
            c.setAutoCommit(true);
            seconds.put("a.noTriggers", noTriggers);
            double bPersons = copy(c, "bench_b.person (" + PERSON_COLUMNS + ")", persons);
            double bLines = copy(c, "bench_b.deduction_line (" + LINE_COLUMNS + ")", lines);
            seconds.put("b", bPersons + bLines);

            ImportSpeedBenchmark.execute(c, "DROP SCHEMA bench_a CASCADE");
            ImportSpeedBenchmark.execute(c, "DROP SCHEMA bench_b CASCADE");
        } finally {
            Files.deleteIfExists(persons);
            Files.deleteIfExists(lines);
        }
        return seconds;
    }

    /** Parses the request file as the job does and writes the rows the job inserted, in COPY's text format. */
    private static void prepare(Connection c, Path requestFile, long fileId, long cycleId, Path persons, Path lines)
            throws Exception {
        Map<String, Long> organizations = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contract_number, id FROM organization");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                organizations.put(rs.getString(1), rs.getLong(2));
            }
        }
        Map<String, Long> personIds = new HashMap<>();
        Map<Long, Integer> lineNumbers = new HashMap<>();
        try (RequestParser parser = RequestParser.open(requestFile, RequestFormat.FIXED, StandardCharsets.UTF_8);
             Writer p = new BufferedWriter(Files.newBufferedWriter(persons, StandardCharsets.UTF_8), 1 << 16);
             Writer l = new BufferedWriter(Files.newBufferedWriter(lines, StandardCharsets.UTF_8), 1 << 16)) {
            ParsedItem item;
            while ((item = parser.next()) != null) {
                if (!(item instanceof RequestRecord r)) {
                    continue;
                }
                long org = organizations.get(r.contractNumber());
                String key = org + "/" + r.personNumber();
                Long person = personIds.get(key);
                if (person == null) {
                    person = personIds.size() + 1L;
                    personIds.put(key, person);
                    p.write(person + "\t" + org + "\t" + r.personNumber() + "\t"
                            + (r.employeeNumber() == null ? "\\N" : r.employeeNumber()) + "\t" + r.nameKana() + "\n");
                }
                int lineNumber = lineNumbers.merge(org, 1, Integer::sum);
                l.write(cycleId + "\t" + org + "\t" + person + "\t" + lineNumber + "\t" + r.productCode() + "\t"
                        + r.branchCode() + "\t" + r.accountNumber() + "\t" + r.amount() + "\t" + fileId + "\t"
                        + r.line() + "\n");
            }
        }
    }

    private static void createTables(Connection c) throws Exception {
        for (String schema : List.of("bench_a", "bench_b")) {
            ImportSpeedBenchmark.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            ImportSpeedBenchmark.execute(c, "CREATE SCHEMA " + schema);
        }
        // (a): columns, defaults, identity, primary keys, unique constraints and indexes; then the foreign keys.
        List<String> foreignKeys = new ArrayList<>();
        for (String table : List.of("person", "deduction_line")) {
            ImportSpeedBenchmark.execute(c, "CREATE TABLE bench_a." + table + " (LIKE public." + table + " INCLUDING ALL)");
            try (PreparedStatement ps = c.prepareStatement("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = CAST(? AS regclass) AND contype = 'f'")) {
                ps.setString(1, "public." + table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        foreignKeys.add("ALTER TABLE bench_a." + table + " ADD CONSTRAINT " + rs.getString(1) + " "
                                + rs.getString(2));
                    }
                }
            }
        }
        // Unqualified names in the definitions: person is bench_a's own, the others are Kojo's.
        ImportSpeedBenchmark.execute(c, "SET search_path = bench_a, public");
        for (String fk : foreignKeys) {
            ImportSpeedBenchmark.execute(c, fk);
        }
        ImportSpeedBenchmark.execute(c, "SET search_path = public");
        // (b): the same columns, nothing else.
        for (String table : List.of("person", "deduction_line")) {
            ImportSpeedBenchmark.execute(c, "CREATE TABLE bench_b." + table + " AS SELECT * FROM public." + table + " WITH NO DATA");
        }
        ImportSpeedBenchmark.execute(c, "CHECKPOINT");
    }

    private static double copy(Connection c, String target, Path data) throws Exception {
        long t = System.nanoTime();
        try (InputStream in = Files.newInputStream(data)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN", in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e9;
    }
}
