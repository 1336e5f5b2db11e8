package jp.kojo.batch.requestload;

import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kojo.operations.boundary.OperatorCounters;

/**
 * Step {@code load}: counts the lines each chunk wrote for the operators' metrics, after the writer succeeded
 * (a listener, so the writer itself stays about writing).
 */
@Named("linesLoadedCounter")
@Dependent
public class LinesLoadedCounter extends AbstractItemWriteListener {
    @Inject
    OperatorCounters counters;

    @Override
    public void afterWrite(List<Object> items) {
        counters.linesLoaded(items.size());
    }
}
