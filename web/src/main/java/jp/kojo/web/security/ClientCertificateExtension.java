package jp.kojo.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.security.SSLInformationAssociationHandler;
import jakarta.servlet.ServletContext;

/**
 * Undertow only exposes the TLS client certificate as a request attribute after authentication, too late
 * for our authentication mechanism. Wrapping the outer handler chain with Undertow's own
 * SSLInformationAssociationHandler makes it visible before the mechanism runs.
 */
public class ClientCertificateExtension implements ServletExtension {
    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addOuterHandlerChainWrapper(SSLInformationAssociationHandler::new);
    }
}
