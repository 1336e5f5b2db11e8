package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 20,000-row result file (Windows-31J, about 0.6 MB) uploaded through the page against a cycle of 20,000
 * lines: every row matched and kept, nothing applied; the time of the upload and the server's heap printed for
 * docs/benchmarks.md. The bound is generous: it catches a matching that went quadratic, not a slow machine.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollUploadVolumeIT {
    private static final int ROWS = 20_000;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void twentyThousandRowsAreUploadedAndReconciled() throws Exception {
        PayrollFixture f = PayrollFixture.createLarge(ROWS);
        String[] codes = {"10", "20", "30", "40", "50"};
        StringBuilder csv = new StringBuilder("社員番号,氏名,商品コード,控除額\r\n");
        for (int i = 0; i < ROWS; i++) {
            long requested = 1_000L + i;
            csv.append(String.format("E%06d,港 太郎%d,%s,\"%,d\"\r\n", i, i, codes[i % codes.length],
                    i % 10 == 0 ? requested / 2 : requested));
        }
        byte[] file = csv.toString().getBytes(Charset.forName("windows-31j"));
        PayrollFixture.Page page = PayrollFixture.Page.results(f.general, f.cycleId);
        long heapBefore = heapUsed();
        long start = System.nanoTime();
        Long uploadId = page.upload(file, "AUTO", "社員番号", "商品コード", "控除額");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = heapUsed();
        assertNotNull(uploadId, page.html());
        long startPage = System.nanoTime();
        PayrollFixture.Page reconcile = page.open("/deduction/reconcile.xhtml?upload=" + uploadId);
        long pageMillis = (System.nanoTime() - startPage) / 1_000_000;
        assertTrue(reconcile.html().contains("id=\"count-equal\">18000<"), reconcile.html());
        assertEquals(ROWS / 10, TestServer.queryLong("SELECT COUNT(*) FROM result_upload_row WHERE upload_id = ? "
                + "AND outcome = 'DIFFERENT'", uploadId));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line WHERE organization_id = ? "
                + "AND result_code IS NOT NULL", f.organizationId), "an upload applies nothing");
        System.out.printf("Payroll upload of %,d rows (%,d bytes): upload+reconcile %d ms, reconciliation page %d ms, "
                + "server heap used %,d -> %,d bytes%n", ROWS, file.length, millis, pageMillis, heapBefore, heapAfter);
        assertTrue(millis < 120_000, "upload took " + millis + " ms");
    }

    private long heapUsed() throws Exception {
        ModelNode op = Operations.createReadAttributeOperation(
                Operations.createAddress("core-service", "platform-mbean", "type", "memory"), "heap-memory-usage");
        ModelNode result = management.getControllerClient().execute(op);
        return Operations.readResult(result).get("used").asLong();
    }
}
