package jp.kojo.operations.boundary;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Kojo's own counters for operators, beside the server's metrics: logins, failed logins, request-list
 * downloads by format and request lines loaded. The registry is WildFly's (micrometer subsystem, configured by
 * configure-kojo.cli), which serves them as Prometheus text on the management interface, never on the
 * public port. Each node counts its own; Prometheus adds the nodes up.
 */
@ApplicationScoped
public class OperatorCounters {
    /** The export formats counted; anything else is refused before it is counted. */
    public enum ExportFormat { CSV, PDF }

    @Inject
    MeterRegistry registry;

    private Counter logins;
    private Counter failedLogins;
    private Counter csvExports;
    private Counter pdfExports;
    private Counter linesLoaded;

    @PostConstruct
    void register() {
        // Through MeterRegistry.counter, not Counter.builder: WildFly 39's per-deployment registry passes only the
        // former on to the registry it serves (it tags them WF_DEPLOYMENT=kojo.ear); a builder's counter stays unseen.
        logins = registry.counter("kojo.logins");
        failedLogins = registry.counter("kojo.login.failures");
        csvExports = registry.counter("kojo.exports", "format", "csv");
        pdfExports = registry.counter("kojo.exports", "format", "pdf");
        linesLoaded = registry.counter("kojo.request.lines.loaded");
    }

    /** Made when the application starts, not at the first event, so operators see every counter from the start. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing is enough: it creates the bean, and register() runs.
    }

    public void loginSucceeded() {
        logins.increment();
    }

    public void loginFailed() {
        failedLogins.increment();
    }

    public void exported(ExportFormat format) {
        (format == ExportFormat.CSV ? csvExports : pdfExports).increment();
    }

    public void linesLoaded(int lines) {
        linesLoaded.increment(lines);
    }
}
