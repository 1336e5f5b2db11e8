package jp.kojo.web.deduction;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.deduction.boundary.CycleView;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.boundary.DeductionRequests;
import jp.kojo.deduction.boundary.InquirySummary;
import jp.kojo.deduction.boundary.LineFilter;
import jp.kojo.deduction.boundary.LineSort;
import jp.kojo.deduction.entity.Product;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** 控除依頼リスト照会: the organisation's request list of one cycle, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class DeductionListPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, LineSort> SORTABLE = Map.of(
            "lineNumber", LineSort.LINE_NUMBER,
            "personNumber", LineSort.PERSON_NUMBER,
            "employeeNumber", LineSort.EMPLOYEE_NUMBER,
            "nameKana", LineSort.NAME_KANA,
            "product", LineSort.PRODUCT,
            "requestedAmount", LineSort.REQUESTED_AMOUNT);

    @EJB
    DeductionRequests requests;

    private List<CycleView> cycles;
    private Long cycleId;
    private DeductionListHeader header;
    private String personNumber;
    private String employeeNumber;
    private String nameKana;
    private String productCode;
    private final LazyDataModel<DeductionLineView> lines = new Lines();
    private final LazyDataModel<DeductionLineView> endedLines = new EndedLines();
    private final InquiryChoice inquiry = new InquiryChoice();
    private InquirySummary summary;

    @PostConstruct
    void init() {
        cycles = requests.cycles();
        if (!cycles.isEmpty()) {
            cycleId = cycles.get(0).id();
            header = requests.header(cycleId);
            summary = requests.summary(cycleId);
        }
    }

    /** The user chose another cycle. */
    public void showCycle() {
        if (cycleId != null && cycles.stream().anyMatch(c -> c.id() == cycleId)) {
            header = requests.header(cycleId);
            summary = requests.summary(cycleId);
        }
    }

    public void clearFilter() {
        personNumber = null;
        employeeNumber = null;
        nameKana = null;
        productCode = null;
        inquiry.clear();
    }

    LineFilter filter() {
        return new LineFilter(personNumber, employeeNumber, nameKana,
                productCode == null ? null : Product.ofCode(productCode).orElse(null), inquiry.change(), inquiry.status());
    }

    /** Query string of a download of what the screen shows. */
    public String exportQuery(String format, String encoding) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("cycle", String.valueOf(cycleId));
        params.put("format", format);
        if (encoding != null) {
            params.put("encoding", encoding);
        }
        params.put("personNumber", personNumber);
        params.put("employeeNumber", employeeNumber);
        params.put("nameKana", nameKana);
        params.put("product", productCode);
        params.put("change", inquiry.getChange());
        params.put("status", inquiry.getStatus());
        StringBuilder query = new StringBuilder();
        params.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.length() == 0 ? "?" : "&").append(key).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public Product[] getProducts() {
        return Product.values();
    }

    private final class Lines extends LazyDataModel<DeductionLineView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return cycleId == null ? 0 : (int) requests.count(cycleId, filter());
        }

        @Override
        public List<DeductionLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            if (cycleId == null) {
                return List.of();
            }
            LineSort sort = LineSort.LINE_NUMBER;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                LineSort chosen = SORTABLE.get(meta.getField());
                if (chosen != null) {
                    sort = chosen;
                    ascending = meta.getOrder() != SortOrder.DESCENDING;
                    break;
                }
            }
            return requests.page(cycleId, filter(), sort, ascending, first, pageSize).lines();
        }

        @Override
        public String getRowKey(DeductionLineView line) {
            return String.valueOf(line.id());
        }
    }

    /** The previous cycle's lines with none now, apart from the list (they have no line of this cycle). */
    private final class EndedLines extends LazyDataModel<DeductionLineView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return cycleId == null ? 0 : (int) requests.ended(cycleId, filter(), 0, 1).matching();
        }

        @Override
        public List<DeductionLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            return cycleId == null ? List.of() : requests.ended(cycleId, filter(), first, pageSize).lines();
        }

        @Override
        public String getRowKey(DeductionLineView line) {
            return String.valueOf(line.id());
        }
    }

    public boolean isEndedShown() {
        return summary != null && summary.compared() && filter().endedLinesShown();
    }

    public String getComparison() {
        return InquiryChoice.comparison(summary);
    }

    public InquiryChoice getInquiry() { return inquiry; }
    public InquirySummary getSummary() { return summary; }
    public LazyDataModel<DeductionLineView> getEndedLines() { return endedLines; }
    public List<CycleView> getCycles() { return cycles; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public DeductionListHeader getHeader() { return header; }
    public LazyDataModel<DeductionLineView> getLines() { return lines; }
    public String getPersonNumber() { return personNumber; }
    public void setPersonNumber(String personNumber) { this.personNumber = personNumber; }
    public String getEmployeeNumber() { return employeeNumber; }
    public void setEmployeeNumber(String employeeNumber) { this.employeeNumber = employeeNumber; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
}
