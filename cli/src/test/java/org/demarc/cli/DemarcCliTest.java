package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demarc.engine.DemarcEngine;
import org.junit.jupiter.api.Test;

/** The CLI as a pipeline runs it: arguments in, JSON out, exit code by verdict. */
class DemarcCliTest {
  private static final DemarcEngine ENGINE = DemarcEngine.create();
  private static final Path EXAMPLES = Path.of("..", "examples");

  private record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DemarcCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), () -> ENGINE);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void evaluatesAFlowAndExitsNonZeroWhenNonCompliant() {
    Run r = run("", "evaluate", EXAMPLES.resolve("regional-care.json").toString(), "--edition", "E2007_V2");
    assertThat(r.exit()).as(r.err()).isEqualTo(DemarcCli.FAILED);
    assertThat(r.out()).contains("\"verdict\" : \"NON_COMPLIANT\"").contains("\"edition\" : \"E2007_V2\"")
        .contains("Edition 2, 6.10 B-1");
  }

  @Test
  void readsYamlFromStandardInputAndAnswersInJapanese() throws Exception {
    String yaml = Files.readString(EXAMPLES.resolve("consignment-leased-line.yaml"));
    Run r = run(yaml, "evaluate", "-", "--lang", "ja");
    assertThat(r.out()).contains("\"flowId\" : \"consignment-1\"").contains("委託先");
    assertThat(r.exit()).isIn(DemarcCli.CONDITIONS, DemarcCli.FAILED);
  }

  @Test
  void comparesEditions() {
    Run r = run("", "compare", EXAMPLES.resolve("usb-stick-home.json").toString());
    assertThat(r.out()).contains("\"fromVerdict\" : \"NOT_COVERED_BY_EDITION\"").contains("\"toVerdict\" : \"NON_COMPLIANT\"");
    assertThat(r.exit()).isEqualTo(DemarcCli.FAILED);
  }

  @Test
  void checksContractsAndReviewsOneContract() {
    Run check = run("", "check-contracts", EXAMPLES.resolve("procurement-check.json").toString());
    assertThat(check.out()).contains("\"verdict\" : \"GAPS\"").contains("AVAILABILITY_TERMS");
    assertThat(check.exit()).isEqualTo(DemarcCli.FAILED);
    Run review = run("", "review-contract", EXAMPLES.resolve("maintenance-contract.json").toString());
    assertThat(review.out()).contains("REMOTE_LOGIN_RESTRICTED");
    assertThat(review.exit()).isEqualTo(DemarcCli.FAILED);
  }

  @Test
  void exitsZeroForACompliantFlow() {
    String flow = """
        id: own-line
        legalForm: CONSIGNMENT
        direction: ONE_WAY
        data: {personal: true, medical: true}
        parties: [{id: hosp, roles: [PROVIDER]}, {id: lab, roles: [RECIPIENT]}]
        provider: hosp
        recipients: [{party: lab, identifiedInAdvance: true}]
        segments: [{id: s1, network: LEASED_LINE}]
        objectSecurity: {encryptedBy: hosp, decryptedBy: lab, tamperDetection: ELECTRONIC_SIGNATURE}
        endAuthentication: {senderVerifiesRecipient: true, recipientVerifiesSender: true, method: SHARED_KEY}
        inPlace:
          - {control: CONSIGNMENT_CONTRACT}
          - {control: CONSIGNEE_SUPERVISION}
          - {control: DEMARCATION_AGREEMENT}
          - {control: OUTAGE_AND_INCIDENT_HANDLING}
          - {control: PEER_NETWORK_CONFIGURATION_CHECKED}
          - {control: SENSITIVITY_BASED_NETWORK_CHOICE}
          - {control: RISK_EXPLAINED_TO_PATIENTS}
          - {control: MALWARE_AND_PATCH_MANAGEMENT}
        """;
    Run r = run(flow, "evaluate", "-");
    assertThat(r.out()).as(r.err()).contains("\"verdict\" : \"COMPLIANT\"");
    assertThat(r.exit()).isEqualTo(DemarcCli.OK);
  }

  @Test
  void rejectsBadInputWithUsageExit() {
    assertThat(run("id: x\nbogus: 1\n", "evaluate", "-").exit()).isEqualTo(DemarcCli.USAGE);
    Run undeclared = run("{\"parties\": [{\"id\": \"a\", \"roles\": [\"PROVIDER\"]}], \"provider\": \"zz\"}", "evaluate", "-");
    assertThat(undeclared.exit()).isEqualTo(DemarcCli.USAGE);
    assertThat(undeclared.err()).contains("/provider: unknown_party");
    assertThat(run("", "evaluate", EXAMPLES.resolve("regional-care.json").toString(), "--edition", "E1999").err())
        .contains("unknown edition `E1999`");
    assertThat(run("", "frobnicate").exit()).isEqualTo(DemarcCli.USAGE);
    assertThat(run("", "evaluate").exit()).isEqualTo(DemarcCli.USAGE);
    assertThat(run("", "evaluate", "no-such-file.yaml").exit()).isEqualTo(DemarcCli.USAGE);
  }

  @Test
  void printsHelpAndListsRules() {
    Run help = run("", "--help");
    assertThat(help.exit()).isEqualTo(DemarcCli.OK);
    assertThat(help.out()).contains("usage: demarc");
    Run rules = run("", "rules", "--edition", "E2008_V3", "--lang", "ja");
    assertThat(rules.out()).contains("G-6.9-C-07").contains("第3版改正案");
  }
}
