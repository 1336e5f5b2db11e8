package jp.kojo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.account.entity.ServiceRight;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.account.entity.UserRole;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.certificate.control.CertificateIssuer;
import jp.kojo.certificate.control.IssuedCertificate;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.DeductionLine;
import jp.kojo.deduction.entity.Person;
import jp.kojo.deduction.entity.Product;
import jp.kojo.organization.entity.Branch;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;
import jp.kojo.platform.KojoHome;

/**
 * Loads the demo when the server runs with {@code -Dkojo.demo=true}: two branches, three organisations with
 * their users, a bank operator and a batch administrator, each with a certificate file under
 * kojo.home/demo, and request lists for the current and the previous month. Runs once: a database that
 * already holds the demo is left as it is.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "Kojo-Demo-2026";
    public static final String CERTIFICATE_PASSPHRASE = "kojo-demo";
    static final String UNION_CONTRACT = "1000000001";

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    @EJB
    ServiceCalendar serviceCalendar;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("kojo.demo")) {
            return;
        }
        int notices = DemoNotices.seedIfNone(em, LocalDateTime.now(clock));
        if (notices > 0) {
            LOG.info("Demo notices loaded: " + notices);
        }
        boolean present = !em.createQuery("SELECT o.id FROM Organization o WHERE o.contractNumber = :c", Long.class)
                .setParameter("c", UNION_CONTRACT).getResultList().isEmpty();
        if (present) {
            LOG.info("Demo data already present; left as it is");
            seedZaikei();
            seedCollectiveSavings();
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Branch head = persist(new Branch("101", "本店営業部"));
        Branch minato = persist(new Branch("205", "港支店"));
        Organization union = persist(new Organization(UNION_CONTRACT, "全国ろうきん労働組合", "ゼンコクロウキンロウドウクミアイ",
                OrganizationType.MEMBER, head, Set.of(ServiceKind.LUMP_SUM, ServiceKind.COLLECTIVE_SAVINGS)));
        Organization payroll = persist(new Organization("2000000002", "株式会社みなと製作所", "カブシキガイシャミナトセイサクショ",
                OrganizationType.EMPLOYER, minato, Set.of(ServiceKind.PAYROLL)));
        Organization zaikei = persist(new Organization("3000000003", "東和商事株式会社", "トウワショウジカブシキガイシャ",
                OrganizationType.EMPLOYER, head, Set.of(ServiceKind.ZAIKEI)));
        // Printed on the organisations' forms (変更書類).
        union.updateContact("中央執行委員長　労金 一郎", "東京都千代田区神田駿河台三丁目1番1号", "03-1234-5678");
        payroll.updateContact("代表取締役　港 太一", "東京都港区芝浦四丁目2番8号", "03-2345-6789");
        zaikei.updateContact("代表取締役社長　東和 健", "東京都中央区日本橋二丁目5番3号", "03-3456-7890");

        List<String> credentials = new ArrayList<>();
        String hash = PasswordHasher.hash(PASSWORD.toCharArray());
        credentials.add(user("union01", union, UserRole.MASTER, "組合 太郎", hash, now));
        credentials.add(user("union01g", union, UserRole.GENERAL, "組合 花子", hash, now));
        credentials.add(user("payroll01", payroll, UserRole.MASTER, "港 一郎", hash, now));
        credentials.add(user("payroll01g", payroll, UserRole.GENERAL, "港 二郎", hash, now));
        credentials.add(user("zaikei01", zaikei, UserRole.MASTER, "東和 三郎", hash, now));
        credentials.add(user("zaikei01g", zaikei, UserRole.GENERAL, "東和 四郎", hash, now));
        credentials.add(user("bank01", null, UserRole.BANK_OPERATOR, "労金 窓口", hash, now));
        credentials.add(user("batch01", null, UserRole.BATCH_ADMIN, "労金 バッチ", hash, now));

        YearMonth current = YearMonth.now(clock);
        DeductionCycle thisMonth = persist(new DeductionCycle(current, CycleKind.MONTHLY, payday(current)));
        DeductionCycle lastMonth = persist(new DeductionCycle(current.minusMonths(1), CycleKind.MONTHLY,
                payday(current.minusMonths(1))));
        List<Person> unionPeople = people(union, 160, new Random(1));
        lines(thisMonth, union, unionPeople, new Random(2));
        lines(lastMonth, union, unionPeople.subList(0, 155), new Random(3));
        List<Person> payrollPeople = people(payroll, 40, new Random(4));
        lines(thisMonth, payroll, payrollPeople, new Random(5));
        writeCredentials(credentials);
        seedZaikei();
        seedCollectiveSavings();
        LOG.info("Demo data loaded: 3 organisations, 8 users, request lists for " + current + " and "
                + current.minusMonths(1));
    }

    /** The savings statements of the demo employer, also into a demo database made before they existed. */
    private void seedZaikei() {
        YearMonth current = YearMonth.now(clock);
        int added = DemoZaikei.seedIfNone(em, current, payday(current), payday(current.minusMonths(1)),
                LocalDateTime.now(clock));
        if (added > 0) {
            LOG.info("Demo savings statements loaded: " + added);
        }
    }

    /** The union-wide savings breakdowns of the demo union, also into a demo database made before they existed. */
    private void seedCollectiveSavings() {
        YearMonth current = YearMonth.now(clock);
        int added = DemoCollectiveSavings.seedIfNone(em, current, payday(current), payday(current.minusMonths(1)),
                LocalDateTime.now(clock));
        if (added > 0) {
            LOG.info("Demo union-wide savings breakdowns loaded: " + added);
        }
    }

    private String user(String loginId, Organization organization, UserRole role, String name, String hash,
                        LocalDateTime now) {
        UserAccount user = new UserAccount(loginId, organization, role, name, loginId + "@demo.kojo.example.jp", hash, now);
        if (role == UserRole.GENERAL) {
            // The demo's general users may view and update every service of their contract, but not send.
            user.replaceRights(organization.getServices().stream()
                    .map(service -> new ServiceRight(service, true, true, false))
                    .collect(java.util.stream.Collectors.toSet()));
        }
        persist(user);
        IssuedCertificate certificate = issuer.issue(user);
        Path file = demoDir().resolve(loginId + ".p12");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, certificate.toPkcs12(loginId, CERTIFICATE_PASSPHRASE.toCharArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String whose = organization == null ? "労働金庫 (bank)" : organization.getName() + " (" + organization.getContractNumber() + ")";
        return String.format("%-11s %-14s %-10s %s  %s", loginId, role, PASSWORD, file, whose);
    }

    private List<Person> people(Organization organization, int count, Random random) {
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int family = random.nextInt(FAMILY_KANA.length);
            int given = random.nextInt(GIVEN_KANA.length);
            people.add(persist(new Person(organization.getId(), String.format("%010d", 7_000_000L + i),
                    String.format("E%05d", i), FAMILY_KANA[family] + "　" + GIVEN_KANA[given],
                    FAMILY_KANJI[family] + "　" + GIVEN_KANJI[given])));
        }
        return people;
    }

    private void lines(DeductionCycle cycle, Organization organization, List<Person> people, Random random) {
        Product[] products = Product.values();
        int lineNumber = 0;
        for (Person person : people) {
            // Most people repay or save through one product, some through two: about 1.25 lines a person.
            int productsOfPerson = random.nextInt(4) == 0 ? 2 : 1;
            for (int k = 0; k < productsOfPerson; k++) {
                Product product = products[(person.getId().intValue() + k) % products.length];
                long amount = (1 + random.nextInt(60)) * 1000L;
                em.persist(new DeductionLine(cycle, organization.getId(), person, ++lineNumber, product,
                        organization.getBranch().getCode(), String.format("%07d", 1_000_000 + random.nextInt(8_999_999)),
                        amount));
            }
        }
    }

    private void writeCredentials(List<String> lines) {
        StringBuilder text = new StringBuilder();
        text.append("Kojo demo users (デモ利用者)\n");
        text.append("Certificate passphrase (証明書のパスフレーズ): ").append(CERTIFICATE_PASSPHRASE).append('\n');
        text.append(String.format("%-11s %-14s %-10s %s%n", "login id", "role", "password", "certificate file"));
        lines.forEach(line -> text.append(line).append('\n'));
        try {
            Path target = demoDir().resolve("credentials.txt");
            Path temp = Files.createTempFile(demoDir(), "credentials", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path demoDir() {
        return KojoHome.dir().resolve("demo");
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private static final String[] FAMILY_KANA = {"サトウ", "スズキ", "タカハシ", "タナカ", "ワタナベ", "イトウ", "ヤマモト",
            "ナカムラ", "コバヤシ", "カトウ", "ヨシダ", "ヤマダ", "ササキ", "ヤマグチ", "マツモト"};
    private static final String[] FAMILY_KANJI = {"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本",
            "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本"};
    private static final String[] GIVEN_KANA = {"ヒロシ", "タケシ", "アキラ", "ユウコ", "ケイコ", "マサル", "ナオミ",
            "ツヨシ", "サトミ", "ケンジ", "ミホ", "ダイスケ"};
    private static final String[] GIVEN_KANJI = {"博", "武", "明", "裕子", "恵子", "勝", "直美",
            "剛", "聡美", "健二", "美保", "大輔"};

    /** Pay day the 25th, or the business day before it when the 25th is closed, as Japanese employers do. */
    private LocalDate payday(YearMonth month) {
        return serviceCalendar.businessDaysBefore(month.atDay(25), 0);
    }
}
