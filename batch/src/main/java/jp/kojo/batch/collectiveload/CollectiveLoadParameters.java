package jp.kojo.batch.collectiveload;

import jp.kojo.batch.requestload.RequestLoadParameters;

/**
 * The job {@code collective-savings-load}. Its parameters are those of every inbound file load (file name,
 * format, CSV encoding), declared once as job-level properties in its job XML and read with
 * {@link RequestLoadParameters#of(jakarta.batch.runtime.context.JobContext)}.
 */
public final class CollectiveLoadParameters {
    public static final String JOB_NAME = "collective-savings-load";

    private CollectiveLoadParameters() {
    }
}
