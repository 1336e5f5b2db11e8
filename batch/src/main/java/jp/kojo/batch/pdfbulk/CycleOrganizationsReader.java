package jp.kojo.batch.pdfbulk;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import jp.kojo.batch.resultsout.ResultsOutParameters;
import jp.kojo.deduction.entity.DeductionCycle;

/**
 * Reads the ids of the organisations with lines in the job's cycle, in id order. Its checkpoint is the last id
 * handed out, so a restarted execution goes on after the last committed chunk instead of from the start.
 */
@Named("cycleOrganizationsReader")
@Dependent
public class CycleOrganizationsReader extends AbstractItemReader {
    private static final int PAGE = 100;

    @Inject
    JobContext jobContext;

    @Inject
    RequestListPdfs pdfs;

    private long cycleId;
    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        DeductionCycle cycle = pdfs.cycle(ResultsOutParameters.of(jobContext))
                .orElseThrow(() -> new IllegalArgumentException("No deduction cycle for " + ResultsOutParameters.of(jobContext)));
        cycleId = cycle.getId();
        jobContext.setTransientUserData(cycle);
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(pdfs.organizations(cycleId, lastId, PAGE));
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
