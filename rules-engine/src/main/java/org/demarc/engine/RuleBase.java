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
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * One edition's rule base: the rules of the shared knowledge base that belong to the edition (by their {@code @since}
 * and {@code @until}), with their metadata, prepared citations and the hash of the sources. Sessions come from the
 * shared pool; the edition's agenda filter lets only its own rules fire.
 */
final class RuleBase {
  private final String editionId;
  private final Edition edition;
  private final KieSessionsPool sessions;
  private final AgendaFilter filter;
  private final Map<String, RuleMeta> metaByName;
  private final Map<String, Compiled> compiledByName;
  private final Map<String, List<RuleMeta>> variantsById;
  private final String contentHash;

  RuleBase(String editionId, List<String> order, KieBase kieBase, KieSessionsPool sessions, String sourcesHash,
      Texts texts) {
    this.editionId = editionId;
    this.edition = Editions.publicEdition(editionId);
    this.sessions = sessions;
    List<String> problems = new ArrayList<>();
    Map<String, RuleMeta> byName = new HashMap<>();
    Map<String, List<RuleMeta>> byId = new TreeMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        RuleMeta meta = RuleMeta.read(rule.getName(), rule.getMetaData(), problems);
        if (meta == null) {
          continue;
        }
        if (!order.contains(meta.since()) || (meta.until() != null && !order.contains(meta.until()))) {
          problems.add("rule `" + rule.getName() + "` names an undeclared edition: " + meta);
          continue;
        }
        if (!meta.appliesTo(editionId, order)) {
          continue;
        }
        if (!meta.classification()) {
          if (!texts.has("title." + meta.id())) {
            problems.add("rule `" + rule.getName() + "`: no title for id `" + meta.id() + "`");
          }
          if (!texts.has(Citations.clauseKey(meta.section(), editionId))) {
            problems.add("rule `" + rule.getName() + "`: no clause text for section `" + meta.section() + "` in " + editionId);
          }
        }
        byName.put(rule.getName(), meta);
        byId.computeIfAbsent(meta.id(), k -> new ArrayList<>()).add(meta);
      }
    }
    if (byName.isEmpty()) {
      problems.add("the " + editionId + " rule base has no rules");
    }
    if (!problems.isEmpty()) {
      throw new RuleBaseException("rule base " + editionId + " is defective:\n  " + String.join("\n  ", problems));
    }
    byId.values().forEach(v -> v.sort((a, b) -> a.name().compareTo(b.name())));
    // plain hash maps: looked up for every activation while firing and assembling (an immutable Map.copyOf probes
    // linearly and showed in profiles)
    this.metaByName = Collections.unmodifiableMap(new HashMap<>(byName));
    this.filter = match -> metaByName.containsKey(match.getRule().getName());
    Citations citations = new Citations(texts);
    Map<String, Compiled> compiled = new HashMap<>();
    byName.forEach((name, meta) -> {
      if (!meta.classification()) {
        compiled.put(name, new Compiled(meta, citations.of(meta, editionId), new Template(meta.messageJa()),
            new Template(meta.messageEn()), ResultAssembler.variantSlug(meta.id(), name)));
      }
    });
    this.compiledByName = Collections.unmodifiableMap(compiled);
    this.variantsById = Collections.unmodifiableMap(byId);
    this.contentHash = hash(sourcesHash + '\n' + editionId + '\n' + String.join("\n", new java.util.TreeSet<>(byName.keySet())));
  }

  /** The edition's id as declared. */
  String editionId() {
    return editionId;
  }

  /** The agenda filter that lets only this edition's rules fire. */
  AgendaFilter filter() {
    return filter;
  }

  /** The public edition, or null for an edition declared only to the engine. */
  Edition edition() {
    return edition;
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
  record Compiled(RuleMeta meta, org.demarc.model.result.Citation citation, Template ja, Template en, String slug) {}

  Map<String, List<RuleMeta>> variantsById() {
    return variantsById;
  }

  /** The rules that make findings (not the classification), by id in the base's order, each with its variants. */
  Map<String, List<RuleMeta>> findingRules() {
    Map<String, List<RuleMeta>> out = new java.util.LinkedHashMap<>();
    variantsById.forEach((id, variants) -> {
      if (!variants.get(0).classification()) {
        out.put(id, variants);
      }
    });
    return out;
  }

  /** SHA-256 of a text, in hex. */
  static String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 over DRL sources keyed by path, in path order. */
  static String hashSources(Map<String, String> sources) {
    StringBuilder all = new StringBuilder();
    new TreeMap<>(sources).forEach((path, text) -> all.append(path).append('\n').append(text).append('\n'));
    return hash(all.toString());
  }

  /**
   * The same hash as {@link #hashSources(Map)} over the same sources as UTF-8 bytes, without decoding them into text
   * and encoding them again (at start-up, before the JIT compiles either, that took most of the time).
   */
  static String hashSourceBytes(Map<String, byte[]> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      new TreeMap<>(sources).forEach((path, bytes) -> {
        digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(bytes);
        digest.update((byte) '\n');
      });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every DRL source under a resource folder on the class path (recursively), keyed by resource path. */
  static TreeMap<String, String> sources(ClassLoader loader, String root) {
    TreeMap<String, String> sources = new TreeMap<>();
    sourceBytes(loader, root).forEach((name, bytes) ->
        sources.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    return sources;
  }

  /** The same sources as bytes. */
  static TreeMap<String, byte[]> sourceBytes(ClassLoader loader, String root) {
    TreeMap<String, byte[]> sources;
    try {
      sources = read(loader, root, ".drl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (sources.isEmpty()) {
      throw new RuleBaseException("no DRL sources found under " + root);
    }
    return sources;
  }

  /**
   * The resources under a folder on the class path (recursively) whose names end with {@code suffix}, with their
   * bytes: from a jar, read in one pass over it (not looked up one by one through every jar of the class path).
   */
  static TreeMap<String, byte[]> read(ClassLoader loader, String dir, String suffix) throws IOException {
    URL url = loader.getResource(dir);
    TreeMap<String, byte[]> found = new TreeMap<>();
    if (url == null) {
      return found;
    }
    if ("jar".equals(url.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        for (java.util.Enumeration<java.util.jar.JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          java.util.jar.JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (name.startsWith(dir + "/") && name.endsWith(suffix)) {
            try (InputStream in = jar.getInputStream(entry)) {
              found.put(name, in.readAllBytes());
            }
          }
        }
      }
    } else {
      // a folder of classes (tests, an IDE): walked as files
      try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
        Path base = Path.of(url.toURI());
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(suffix)).sorted()::iterator) {
          found.put(dir + "/" + base.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    return found;
  }
}
