package jp.kojo.batch.boundary;

import java.io.Serializable;

/**
 * The parameters typed on the start form; a job reads the ones its {@link JobDefinition.Parameters} names:
 * {@code fileName}, {@code format}, {@code encoding} for an inbox file, {@code yearMonth} and {@code kind} for a
 * cycle, {@code months} or {@code before} for the retention purge. Serializable: a scheduled start keeps it in its
 * persistent timer.
 */
public record JobStartRequest(String fileName, String format, String encoding, String yearMonth, String kind,
                              String months, String before) implements Serializable {

    public static JobStartRequest file(String fileName, String format, String encoding) {
        return new JobStartRequest(fileName, format, encoding, null, null, null, null);
    }

    public static JobStartRequest cycle(String yearMonth, String kind) {
        return new JobStartRequest(null, null, null, yearMonth, kind, null, null);
    }

    public static JobStartRequest retention(String months, String before) {
        return new JobStartRequest(null, null, null, null, null, months, before);
    }
}
