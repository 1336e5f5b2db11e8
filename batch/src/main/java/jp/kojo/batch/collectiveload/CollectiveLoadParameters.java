package jp.kojo.batch.collectiveload;

import jakarta.batch.runtime.context.JobContext;
import jp.kojo.batch.requestload.RequestLoadParameters;

/**
 * The job parameters of {@code collective-savings-load}, declared once as job-level properties in the job XML and
 * read here for every step: the same file name, format and CSV encoding rules as the request file
 * ({@link RequestLoadParameters}).
 */
public final class CollectiveLoadParameters {
    public static final String JOB_NAME = "collective-savings-load";

    private CollectiveLoadParameters() {
    }

    /** @throws RequestLoadParameters.InvalidParameterException naming the parameter that is wrong */
    public static RequestLoadParameters of(JobContext job) {
        return RequestLoadParameters.of(job);
    }
}
