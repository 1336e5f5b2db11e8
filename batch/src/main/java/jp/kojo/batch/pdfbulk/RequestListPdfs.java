package jp.kojo.batch.pdfbulk;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.kojo.batch.resultsout.AtomicFile;
import jp.kojo.batch.resultsout.ResultsOutParameters;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.control.DeductionListQuery;
import jp.kojo.deduction.control.DeductionPdfWriter;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.organization.entity.Organization;

/**
 * The request lists of one cycle as PDFs, one file per organisation with lines in it, the same document the
 * organisation downloads from its list (控除依頼リスト). Each file is written whole under a temporary name and
 * renamed, so a file in the folder is always complete and writing it again replaces it.
 */
@Stateless
@PermitAll
public class RequestListPdfs {
    private static final int STREAM_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The cycle named by the parameters, or without them the newest monthly cycle that has lines. */
    public Optional<DeductionCycle> cycle(ResultsOutParameters params) {
        if (params.all()) {
            return em.createQuery("SELECT c FROM DeductionCycle c WHERE c.kind = :kind AND EXISTS "
                            + "(SELECT l.id FROM DeductionLine l WHERE l.cycle = c) ORDER BY c.yearMonth DESC",
                            DeductionCycle.class)
                    .setParameter("kind", CycleKind.MONTHLY)
                    .setMaxResults(1).getResultStream().findFirst();
        }
        return em.createQuery("SELECT c FROM DeductionCycle c WHERE c.yearMonth = :month AND c.kind = :kind",
                        DeductionCycle.class)
                .setParameter("month", params.yearMonth().toString())
                .setParameter("kind", params.kind())
                .getResultStream().findFirst();
    }

    /** The organisations with lines in the cycle after {@code afterId}, by id, at most {@code max}. */
    public List<Long> organizations(long cycleId, long afterId, int max) {
        return em.createQuery("SELECT DISTINCT l.organizationId FROM DeductionLine l WHERE l.cycle.id = :cycle "
                        + "AND l.organizationId > :after ORDER BY l.organizationId", Long.class)
                .setParameter("cycle", cycleId)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Writes one organisation's list into the folder as {@code <contract number>.pdf}; answers the file. */
    public Path write(long cycleId, long organizationId, Path folder) throws Exception {
        DeductionCycle cycle = em.find(DeductionCycle.class, cycleId);
        Organization organization = em.find(Organization.class, organizationId);
        DeductionListQuery query = new DeductionListQuery(em, organizationId, cycleId, null);
        DeductionListHeader header = new DeductionListHeader(organization.getContractNumber(), organization.getName(),
                cycle.getYearMonth(), cycle.getKind(), cycle.getDeductionDate(), LocalDateTime.now(clock),
                query.totals());
        Path file = folder.resolve(organization.getContractNumber() + ".pdf");
        AtomicFile.write(file, out -> DeductionPdfWriter.write(header, query.streamByLineNumber(STREAM_BATCH), out));
        return file;
    }

    /** {@code request-lists/<YYYYMM>-<kind>} in the outbox. */
    public static Path folder(Path outbox, DeductionCycle cycle) {
        return outbox.resolve("request-lists").resolve(String.format("%04d%02d-%s", cycle.getYearMonth().getYear(),
                cycle.getYearMonth().getMonthValue(), cycle.getKind().name()));
    }
}
