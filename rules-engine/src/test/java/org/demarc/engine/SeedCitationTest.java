package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarc.model.Edition;
import org.junit.jupiter.api.Test;

/**
 * Every rule's {@code @seed} lines point at the guideline text: each range lies in the seed revision table shipped
 * with the rules, is not blank, and contains a key term of the rule's clause.
 */
class SeedCitationTest {
  private static final Pattern RANGE = Pattern.compile("L(\\d+)(?:-(\\d+))?");

  /** Key terms per rule id, as they are written in the seed (any one must appear in the cited lines). */
  private static final Map<String, List<String>> TERMS = Map.ofEntries(
      Map.entry("G-6.11-B0-01", List.of("外部")),
      Map.entry("G-6.11-B0-02", List.of("盗聴")),
      Map.entry("G-6.11-B0-03", List.of("保存")),
      Map.entry("G-6.11-B1-01", List.of("委託")),
      Map.entry("G-6.11-B1-02", List.of("委託")),
      Map.entry("G-6.11-B1-03", List.of("同意", "例外")),
      Map.entry("G-6.11-B1-04", List.of("利用目的")),
      Map.entry("G-6.11-B1-05", List.of("責任")),
      Map.entry("G-6.11-B1-06", List.of("責任分界点")),
      Map.entry("G-6.11-B1-07", List.of("管理責任")),
      Map.entry("G-6.11-B1-08", List.of("管理責任の一部")),
      Map.entry("G-6.11-B1-09", List.of("回線事業者", "改ざん、侵入")),
      Map.entry("G-6.11-B1-10", List.of("オンラインサービス", "改ざん、侵入")),
      Map.entry("G-6.11-B1-11", List.of("暗号化されていない")),
      Map.entry("G-6.11-B1-12", List.of("特定")),
      Map.entry("G-6.11-B1-13", List.of("特定できない")),
      Map.entry("G-6.11-B1-14", List.of("リモートログイン")),
      Map.entry("G-6.11-B1-15", List.of("契約")),
      Map.entry("G-6.11-B2-01", List.of("管理責任")),
      Map.entry("G-6.11-B2-02", List.of("暗号化")),
      Map.entry("G-6.11-B2-03", List.of("盗聴", "盗み取", "判読")),
      Map.entry("G-6.11-B2-04", List.of("暗号化")),
      Map.entry("G-6.11-B2-05", List.of("保守")),
      Map.entry("G-6.11-B2-06", List.of("改変")),
      Map.entry("G-6.11-B2-07", List.of("改ざん")),
      Map.entry("G-6.11-B2-08", List.of("確認")),
      Map.entry("G-6.11-B2-09", List.of("認証")),
      Map.entry("G-6.11-B2-10", List.of("サイバー攻撃")),
      Map.entry("G-6.11-B3-01", List.of("ネットワーク")),
      Map.entry("G-6.11-B3-02", List.of("機密度")),
      Map.entry("G-6.11-B3-04", List.of("説明")),
      Map.entry("G-6.11-B3-05", List.of("専用線")),
      Map.entry("G-6.11-B3-06", List.of("ウイルス")),
      Map.entry("G-6.11-B3-07", List.of("接続点")),
      Map.entry("G-6.11-B3-08", List.of("暗号化")),
      Map.entry("G-6.11-B3-09", List.of("暗号化")),
      Map.entry("G-6.11-B3-11", List.of("モバイル")),
      Map.entry("G-6.9-00", List.of("新設")),
      Map.entry("G-6.9-C-01", List.of("リスク分析")),
      Map.entry("G-6.9-C-02", List.of("管理方法")),
      Map.entry("G-6.9-C-03", List.of("盗難")),
      Map.entry("G-6.9-C-04", List.of("教育")),
      Map.entry("G-6.9-C-05", List.of("台帳")),
      Map.entry("G-6.9-C-06", List.of("パスワード")),
      Map.entry("G-6.9-C-07", List.of("暗号化")),
      Map.entry("G-6.9-C-08", List.of("ウイルス")),
      Map.entry("G-6.9-C-09", List.of("ファイル交換")),
      Map.entry("G-6.9-C-10", List.of("個人保有")),
      Map.entry("G-6.9-D-01", List.of("覗き見")),
      Map.entry("G-6.9-D-02", List.of("認証要素")),
      Map.entry("G-6.9-D-03", List.of("登録")),
      Map.entry("G-6.10-B-01", List.of("患者安全")),
      Map.entry("G-6.10-B-03", List.of("同意")),
      Map.entry("G-6.10-C-03", List.of("略")),
      Map.entry("G-6.10-ELIDED", List.of("略")),
      Map.entry("CC-01", List.of("責任分界点")),
      Map.entry("CC-02", List.of("不通時")),
      Map.entry("CC-03", List.of("管理責任")),
      Map.entry("CC-03b", List.of("契約")),
      Map.entry("CC-04", List.of("障害")),
      Map.entry("CC-05", List.of("改ざん")),
      Map.entry("CC-06", List.of("可用性")),
      Map.entry("CC-07", List.of("委託契約")),
      Map.entry("CC-09", List.of("リモートログイン")),
      Map.entry("CC-16", List.of("契約遵守")));

  @Test
  void everySeedRangeIsNonBlankAndCarriesAKeyTermOfItsClause() throws IOException {
    List<String> seed = seedLines();
    List<String> problems = new ArrayList<>();
    KieDemarcEngine engine = (KieDemarcEngine) ScenarioTest.ENGINE;
    for (Edition edition : engine.editions()) {
      for (RuleMeta meta : engine.ruleMetas(edition)) {
        if (meta.classification()) {
          continue;
        }
        List<String> terms = TERMS.get(meta.id());
        if (terms == null) {
          problems.add(meta.id() + ": no key term listed for this rule id");
          continue;
        }
        StringBuilder cited = new StringBuilder();
        Matcher m = RANGE.matcher(meta.seedLines());
        int ranges = 0;
        while (m.find()) {
          ranges++;
          int from = Integer.parseInt(m.group(1));
          int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
          if (from < 1 || to > seed.size() || from > to) {
            problems.add(meta.name() + ": range L" + from + "-" + to + " is outside the seed");
            continue;
          }
          StringBuilder range = new StringBuilder();
          for (int i = from; i <= to; i++) {
            range.append(seed.get(i - 1).strip());
          }
          if (range.toString().isBlank()) {
            problems.add(meta.name() + ": L" + from + "-" + to + " is blank");
          }
          cited.append(range);
        }
        if (ranges == 0) {
          problems.add(meta.name() + ": @seed `" + meta.seedLines() + "` names no line");
        } else if (terms.stream().noneMatch(cited.toString()::contains)) {
          problems.add(meta.name() + ": `" + meta.seedLines() + "` contains none of " + terms);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<String> seedLines() throws IOException {
    try (InputStream in = SeedCitationTest.class.getClassLoader()
        .getResourceAsStream("org/demarc/guideline/seed-6.9-6.11-revision-table.ja.txt")) {
      assertThat(in).as("the seed revision table ships with the rules").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
