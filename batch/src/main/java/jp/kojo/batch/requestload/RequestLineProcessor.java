package jp.kojo.batch.requestload;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Step {@code load}, processor: resolves the organisation of a record (cached; there are few). */
@Named("requestLineProcessor")
@Dependent
public class RequestLineProcessor implements ItemProcessor {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    private final Map<String, Long> organizations = new HashMap<>();

    @Override
    public Object processItem(Object item) throws Exception {
        RequestRecord r = (RequestRecord) item;
        Long id = organizations.get(r.contractNumber());
        if (id == null) {
            try (Connection c = dataSource.getConnection()) {
                id = new JdbcDirectory(c).organizationId(r.contractNumber())
                        .orElseThrow(() -> new IllegalStateException("line " + r.line() + ": contract "
                                + r.contractNumber() + " no longer exists"));
            }
            organizations.put(r.contractNumber(), id);
        }
        return LineRow.of(r, id);
    }
}
