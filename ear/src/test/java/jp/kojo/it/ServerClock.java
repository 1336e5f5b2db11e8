package jp.kojo.it;

import java.io.IOException;
import java.time.ZonedDateTime;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Moves the running server's clock through WildFly's management interface, as an operator could: the system
 * property kojo.clock.fixed pins Kojo's clock until it is removed again.
 */
final class ServerClock {
    private static final String PROPERTY = "kojo.clock.fixed";

    private final ManagementClient management;

    ServerClock(ManagementClient management) {
        this.management = management;
    }

    void pin(ZonedDateTime moment) throws IOException {
        release();
        ModelNode add = Operations.createAddOperation(address());
        add.get("value").set(moment.toInstant().toString());
        execute(add);
    }

    void release() throws IOException {
        ModelNode read = Operations.createReadResourceOperation(address());
        if (Operations.isSuccessfulOutcome(management.getControllerClient().execute(read))) {
            execute(Operations.createRemoveOperation(address()));
        }
    }

    private static ModelNode address() {
        return Operations.createAddress("system-property", PROPERTY);
    }

    private void execute(ModelNode operation) throws IOException {
        ModelNode result = management.getControllerClient().execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("Management operation failed: " + Operations.getFailureDescription(result));
        }
    }
}
