package jp.kojo.batch.requestload;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;

/** Step {@code load}, processor: resolves the organisation of a record. */
@Named("requestLineProcessor")
@Dependent
public class RequestLineProcessor implements ItemProcessor {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    /** Every organisation's id by contract number, read once for the step (a file names thousands). */
    private Map<String, Long> organizations;

    @Override
    public Object processItem(Object item) throws Exception {
        RequestRecord r = (RequestRecord) item;
        if (organizations == null) {
            try (Connection c = dataSource.getConnection()) {
                organizations = JdbcDirectory.organizations(c);
            }
        }
        Long id = organizations.get(r.contractNumber());
        if (id == null) {
            throw new IllegalStateException("line " + r.line() + ": contract " + r.contractNumber()
                    + " no longer exists");
        }
        return LineRow.of(r, id);
    }
}
