package jp.kojo.batch.requestload;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.kojo.batch.requestload.InterchangeFileStore.StoredFile;

/**
 * Step {@code load}, writer: stages one chunk in the chunk's JTA transaction through {@link RequestLineStaging}
 * (delete the chunk's source_record range, then COPY or batch-insert), so a chunk written twice leaves no
 * duplicates. The complete step moves the staged rows into person and deduction_line.
 */
@Named("requestLineWriter")
@Dependent
public class RequestLineWriter extends AbstractItemWriter {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    StepContext stepContext;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        StoredFile file = (StoredFile) stepContext.getTransientUserData();
        List<LineRow> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            rows.add((LineRow) item);
        }
        try (Connection c = dataSource.getConnection()) {
            RequestLineStaging.write(c, file.id(), rows);
        }
    }
}
