package jp.kojo.batch.pdfbulk;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.List;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.platform.KojoHome;

/** Writes each organisation's request list PDF of the chunk into the cycle's folder in the outbox. */
@Named("requestListPdfWriter")
@Dependent
public class RequestListPdfWriter extends AbstractItemWriter {
    @Inject
    JobContext jobContext;

    @Inject
    RequestListPdfs pdfs;

    @Override
    public void writeItems(List<Object> organizationIds) throws Exception {
        DeductionCycle cycle = (DeductionCycle) jobContext.getTransientUserData();
        Path folder = RequestListPdfs.folder(KojoHome.outbox(), cycle);
        for (Object id : organizationIds) {
            pdfs.write(cycle.getId(), (Long) id, folder);
        }
    }
}
