package jp.kojo.batch.requestload;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.io.Serializable;
import java.util.Properties;

/** Minimal job and step contexts, standing in for the batch runtime's in {@link RequestLoadJobTest}. */
final class TestContexts {
    private TestContexts() {
    }

    static final class Job implements JobContext {
        final long executionId;
        final long instanceId;
        final Properties properties = new Properties();
        Object transientUserData;
        String exitStatus;

        Job(long executionId) {
            this(executionId, 1);
        }

        /** An execution of a job instance: the executions of one instance share its staged file. */
        Job(long executionId, long instanceId) {
            this.executionId = executionId;
            this.instanceId = instanceId;
        }

        @Override public String getJobName() { return RequestLoadParameters.JOB_NAME; }
        @Override public Object getTransientUserData() { return transientUserData; }
        @Override public void setTransientUserData(Object data) { transientUserData = data; }
        @Override public long getInstanceId() { return instanceId; }
        @Override public long getExecutionId() { return executionId; }
        @Override public Properties getProperties() { return properties; }
        @Override public BatchStatus getBatchStatus() { return BatchStatus.STARTED; }
        @Override public String getExitStatus() { return exitStatus; }
        @Override public void setExitStatus(String status) { exitStatus = status; }
    }

    static final class Step implements StepContext {
        Object transientUserData;
        Serializable persistentUserData;
        String exitStatus;

        @Override public String getStepName() { return "load"; }
        @Override public Object getTransientUserData() { return transientUserData; }
        @Override public void setTransientUserData(Object data) { transientUserData = data; }
        @Override public long getStepExecutionId() { return 1; }
        @Override public Properties getProperties() { return new Properties(); }
        @Override public Serializable getPersistentUserData() { return persistentUserData; }
        @Override public void setPersistentUserData(Serializable data) { persistentUserData = data; }
        @Override public BatchStatus getBatchStatus() { return BatchStatus.STARTED; }
        @Override public String getExitStatus() { return exitStatus; }
        @Override public void setExitStatus(String status) { exitStatus = status; }
        @Override public Exception getException() { return null; }
        @Override public Metric[] getMetrics() { return new Metric[0]; }
    }

    /** The unit tests' connections commit each statement: a bean-managed transaction has nothing to add. */
    static final class AutoCommit implements jakarta.transaction.UserTransaction {
        @Override public void begin() { }
        @Override public void commit() { }
        @Override public void rollback() { }
        @Override public void setRollbackOnly() { }
        @Override public int getStatus() { return jakarta.transaction.Status.STATUS_NO_TRANSACTION; }
        @Override public void setTransactionTimeout(int seconds) { }
    }
}
