package org.demarc.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.demarc.model.Edition;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

/** One edition's rule base, built once, with its rules' metadata and the hash of its sources. */
final class RuleBase {
  private final Edition edition;
  private final KieBase kieBase;
  private final KieSessionsPool sessions;
  private final Map<String, RuleMeta> metaByName;
  private final Map<String, Compiled> compiledByName;
  private final Map<String, List<RuleMeta>> variantsById;
  private final String contentHash;

  RuleBase(Edition edition, KieBase kieBase, String contentHash, Texts texts) {
    this.edition = edition;
    this.kieBase = kieBase;
    this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.contentHash = contentHash;
    List<String> problems = new ArrayList<>();
    Map<String, RuleMeta> byName = new HashMap<>();
    Map<String, List<RuleMeta>> byId = new TreeMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        RuleMeta meta = RuleMeta.read(rule.getName(), rule.getMetaData(), problems);
        if (meta == null) {
          continue;
        }
        if (!meta.editions().contains(edition)) {
          problems.add("rule `" + rule.getName() + "` is in the " + edition + " rule base but lists " + meta.editions());
        }
        if (!meta.classification()) {
          if (!texts.has("title." + meta.id())) {
            problems.add("rule `" + rule.getName() + "`: no title for id `" + meta.id() + "`");
          }
          if (!texts.has(Citations.clauseKey(meta.section(), edition))) {
            problems.add("rule `" + rule.getName() + "`: no clause text for section `" + meta.section() + "` in " + edition);
          }
        }
        byName.put(rule.getName(), meta);
        byId.computeIfAbsent(meta.id(), k -> new ArrayList<>()).add(meta);
      }
    }
    if (byName.isEmpty()) {
      problems.add("the " + edition + " rule base has no rules");
    }
    if (!problems.isEmpty()) {
      throw new RuleBaseException("rule base " + edition + " is defective:\n  " + String.join("\n  ", problems));
    }
    byId.values().forEach(v -> v.sort((a, b) -> a.name().compareTo(b.name())));
    this.metaByName = Map.copyOf(byName);
    Citations citations = new Citations(texts);
    Map<String, Compiled> compiled = new HashMap<>();
    byName.forEach((name, meta) -> {
      if (!meta.classification()) {
        compiled.put(name, new Compiled(meta, citations.of(meta, edition), new Template(meta.messageJa()),
            new Template(meta.messageEn())));
      }
    });
    this.compiledByName = Map.copyOf(compiled);
    this.variantsById = Collections.unmodifiableMap(byId);
  }

  Edition edition() {
    return edition;
  }

  KieBase kieBase() {
    return kieBase;
  }

  /** Sessions to evaluate in; each is reset when disposed. Thread-safe. */
  KieSessionsPool sessions() {
    return sessions;
  }

  String contentHash() {
    return contentHash;
  }

  RuleMeta meta(String ruleName) {
    return metaByName.get(ruleName);
  }

  /** A finding-producing rule with its citation and message templates prepared, or null for classification. */
  Compiled compiled(String ruleName) {
    return compiledByName.get(ruleName);
  }

  /** What a finding-producing rule needs at evaluation time, prepared once. */
  record Compiled(RuleMeta meta, org.demarc.model.result.Citation citation, Template ja, Template en) {}

  Map<String, List<RuleMeta>> variantsById() {
    return variantsById;
  }

  /** SHA-256 over the DRL sources of the given packages, in path order. */
  static String hashSources(ClassLoader loader, List<String> packages) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> e : sources(loader, packages).entrySet()) {
        digest.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The DRL sources of the given packages on the class path, keyed by resource path, in path order. */
  static TreeMap<String, String> sources(ClassLoader loader, List<String> packages) {
    TreeMap<String, String> sources = new TreeMap<>();
    try {
      for (String pkg : packages) {
        String dir = pkg.replace('.', '/');
        for (String name : listDrl(loader, dir)) {
          try (InputStream in = loader.getResourceAsStream(name)) {
            if (in != null) {
              sources.put(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (sources.isEmpty()) {
      throw new RuleBaseException("no DRL sources found for packages " + packages);
    }
    return sources;
  }

  private static List<String> listDrl(ClassLoader loader, String dir) throws IOException {
    URL url = loader.getResource(dir);
    List<String> names = new ArrayList<>();
    if (url == null) {
      return names;
    }
    if ("jar".equals(url.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        jar.stream()
            .map(e -> e.getName())
            .filter(n -> n.startsWith(dir + "/") && n.endsWith(".drl") && n.indexOf('/', dir.length() + 1) < 0)
            .forEach(names::add);
      }
    } else {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files.filter(p -> p.toString().endsWith(".drl")).forEach(p -> names.add(dir + "/" + p.getFileName()));
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    return names;
  }
}
