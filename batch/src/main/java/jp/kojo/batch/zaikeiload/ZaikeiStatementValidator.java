package jp.kojo.batch.zaikeiload;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kojo.batch.zaikeiload.ZaikeiRecord.Data;
import jp.kojo.batch.zaikeiload.ZaikeiRecord.End;
import jp.kojo.batch.zaikeiload.ZaikeiRecord.Header;
import jp.kojo.batch.zaikeiload.ZaikeiRecord.Malformed;
import jp.kojo.batch.zaikeiload.ZaikeiRecord.Trailer;

/**
 * Checks a whole savings statement file before anything is stored: field rules (in the parsers), record order,
 * the trailer's count and totals, contract numbers of employers with the ZAIKEI service, a run an employer
 * already has, and a savings contract twice. Every problem goes to {@code problems}, each naming line and field.
 */
public final class ZaikeiStatementValidator {

    /** The outcome; {@code employers} maps each contract number in the file to its organisation id. */
    public record Result(int problemCount, Header header, long recordCount, long monthlyTotal, long bonusTotal,
                         Map<String, Long> employers) {
        public boolean valid() {
            return problemCount == 0;
        }
    }

    private ZaikeiStatementValidator() {
    }

    public static Result validate(ZaikeiParser parser, ZaikeiDirectory directory, Consumer<ZaikeiProblem> sink)
            throws IOException {
        int[] problems = {0};
        Consumer<ZaikeiProblem> out = p -> {
            problems[0]++;
            sink.accept(p);
        };
        Header header = null;
        boolean headerSeen = false;
        boolean firstRecord = true;
        Trailer trailer = null;
        boolean trailerSeen = false;
        boolean endSeen = false;
        long count = 0;
        long monthlyTotal = 0;
        long bonusTotal = 0;
        boolean amountsReadable = true;
        Map<String, Long> employers = new LinkedHashMap<>();
        Map<String, Boolean> refused = new HashMap<>();
        Map<String, Integer> contracts = new HashMap<>();
        ZaikeiRecord record;
        while ((record = parser.next()) != null) {
            int line = record.line();
            if (endSeen) {
                out.accept(order(line, "エンドレコードの後にレコードがあります", "record after the end record"));
                continue;
            }
            boolean isHeader = record instanceof Header || record instanceof Malformed m && isType(m, "1", "H");
            boolean isTrailer = record instanceof Trailer || record instanceof Malformed m && isType(m, "8", "T");
            boolean isData = record instanceof Data || record instanceof Malformed m && isType(m, "2", "D");
            if (isHeader) {
                if (headerSeen) {
                    out.accept(order(line, "ヘッダーレコードが 2 つあります", "second header record"));
                } else if (!firstRecord) {
                    out.accept(order(line, "ヘッダーレコードが先頭にありません", "header record is not first"));
                }
                headerSeen = true;
            } else if (firstRecord) {
                out.accept(order(line, "ヘッダーレコードがありません", "header record missing"));
            }
            firstRecord = false;
            if ((isData || isTrailer) && trailerSeen) {
                out.accept(order(line, isData ? "トレーラーレコードの後にデータがあります" : "トレーラーレコードが 2 つあります",
                        isData ? "data after the trailer record" : "second trailer record"));
            }
            if (record instanceof Malformed m) {
                m.problems().forEach(out);
                if (isData) {
                    count++;
                    if (m.monthlyAmount() == null || m.bonusAmount() == null) {
                        amountsReadable = false;
                    } else {
                        monthlyTotal += m.monthlyAmount();
                        bonusTotal += m.bonusAmount();
                    }
                }
                trailerSeen |= isTrailer;
            } else if (record instanceof Header h) {
                header = header == null ? h : header;
            } else if (record instanceof Data d) {
                count++;
                monthlyTotal += d.monthlyAmount();
                bonusTotal += d.bonusAmount();
                Long employer = employer(d, directory, header, employers, refused, out);
                if (employer != null) {
                    Integer first = contracts.putIfAbsent(d.contractNumber() + "/" + d.savingsContract(), line);
                    if (first != null) {
                        out.accept(new ZaikeiProblem(line, ZaikeiField.SAVINGS_CONTRACT,
                                "財形契約番号 " + d.savingsContract() + " は行 " + first + " と重複しています",
                                "savings contract " + d.savingsContract() + " repeats line " + first));
                    }
                }
            } else if (record instanceof Trailer t) {
                trailer = trailer == null ? t : trailer;
                trailerSeen = true;
            } else if (record instanceof End) {
                if (!parser.hasEndRecord()) {
                    out.accept(order(line, "エンドレコードはありません", "no end record in CSV"));
                }
                if (!trailerSeen) {
                    out.accept(order(line, "トレーラーレコードがありません", "trailer record missing"));
                    trailerSeen = true;
                }
                endSeen = true;
            }
        }
        if (firstRecord) {
            out.accept(new ZaikeiProblem(0, null, "ヘッダーレコードがありません", "header record missing"));
        }
        if (!trailerSeen) {
            out.accept(new ZaikeiProblem(0, null, "トレーラーレコードがありません", "trailer record missing"));
        }
        if (parser.hasEndRecord() && !endSeen) {
            out.accept(new ZaikeiProblem(0, null, "エンドレコードがありません", "end record missing"));
        }
        if (trailer != null) {
            if (trailer.count() != count) {
                out.accept(new ZaikeiProblem(trailer.line(), ZaikeiField.RECORD_COUNT,
                        "件数 " + trailer.count() + " がデータ件数 " + count + " と一致しません",
                        "count " + trailer.count() + " differs from " + count + " data records"));
            }
            if (amountsReadable && trailer.monthlyTotal() != monthlyTotal) {
                out.accept(new ZaikeiProblem(trailer.line(), ZaikeiField.MONTHLY_TOTAL,
                        "合計 " + trailer.monthlyTotal() + " がデータの合計 " + monthlyTotal + " と一致しません",
                        "total " + trailer.monthlyTotal() + " differs from the data's " + monthlyTotal));
            }
            if (amountsReadable && trailer.bonusTotal() != bonusTotal) {
                out.accept(new ZaikeiProblem(trailer.line(), ZaikeiField.BONUS_TOTAL,
                        "合計 " + trailer.bonusTotal() + " がデータの合計 " + bonusTotal + " と一致しません",
                        "total " + trailer.bonusTotal() + " differs from the data's " + bonusTotal));
            }
        }
        return new Result(problems[0], header, count, monthlyTotal, bonusTotal, employers);
    }

    private static boolean isType(Malformed m, String fixedType, String csvType) {
        return fixedType.equals(m.type()) || csvType.equals(m.type());
    }

    private static ZaikeiProblem order(int line, String ja, String en) {
        return new ZaikeiProblem(line, ZaikeiField.RECORD_TYPE, ja, en);
    }

    /** The employer of a data record, checked once per contract number; null when refused. */
    private static Long employer(Data d, ZaikeiDirectory directory, Header header, Map<String, Long> employers,
                                 Map<String, Boolean> refused, Consumer<ZaikeiProblem> out) {
        String contract = d.contractNumber();
        Long known = employers.get(contract);
        if (known != null) {
            return known;
        }
        if (refused.containsKey(contract)) {
            out.accept(new ZaikeiProblem(d.line(), ZaikeiField.CONTRACT_NUMBER, refusedJa(refused.get(contract)),
                    refusedEn(refused.get(contract))));
            return null;
        }
        Optional<ZaikeiDirectory.Employer> employer = directory.employer(contract);
        if (employer.isEmpty() || !employer.get().zaikei()) {
            boolean unknown = employer.isEmpty();
            refused.put(contract, unknown);
            out.accept(new ZaikeiProblem(d.line(), ZaikeiField.CONTRACT_NUMBER, refusedJa(unknown), refusedEn(unknown)));
            return null;
        }
        long id = employer.get().id();
        if (header != null && directory.statementExists(id, header.yearMonth(), header.runKind())) {
            refused.put(contract, null);
            out.accept(new ZaikeiProblem(d.line(), ZaikeiField.CONTRACT_NUMBER, refusedJa(null), refusedEn(null)));
            return null;
        }
        employers.put(contract, id);
        return id;
    }

    private static String refusedJa(Boolean unknown) {
        if (unknown == null) {
            return "この契約番号の同じ積立年月・区分の明細は取込済みです";
        }
        return unknown ? "登録されていない契約番号です" : "財形の契約がない契約番号です";
    }

    private static String refusedEn(Boolean unknown) {
        if (unknown == null) {
            return "this employer's statement of the same run was already loaded";
        }
        return unknown ? "unknown contract number" : "contract without the asset-formation savings service";
    }
}
