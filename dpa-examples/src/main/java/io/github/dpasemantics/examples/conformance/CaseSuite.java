package io.github.dpasemantics.examples.conformance;

import io.github.dpasemantics.conformance.Suite;
import io.github.dpasemantics.examples.conformance.CaseFile.Case;
import io.github.dpasemantics.examples.conformance.CaseReader.Located;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A set of case files read and checked: the bundled suite of the dpa-conformance jar, or files and
 * folders given by path. Case ids are unique across the whole set.
 *
 * @param files the files, in the order given (a folder's files sorted by name)
 */
public record CaseSuite(List<Located> files) {

  /**
   * Copies the list.
   *
   * @param files the files
   */
  public CaseSuite {
    files = List.copyOf(files);
  }

  /**
   * Reads the suite bundled in the dpa-conformance jar.
   *
   * @return the suite
   * @throws CaseFileException if a bundled file breaks a rule
   */
  public static CaseSuite bundled() {
    CaseReader reader = new CaseReader();
    List<Located> out = new ArrayList<>();
    for (String name : Suite.caseFiles()) {
      try (InputStream in = Suite.openCaseFile(name)) {
        out.add(reader.read(name, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return checked(out);
  }

  /**
   * Reads case files and folders (every {@code *.yaml} and {@code *.yml} below a folder).
   *
   * @param paths the files and folders
   * @return the suite
   * @throws CaseFileException if a file is missing, unreadable or breaks a rule
   */
  public static CaseSuite of(List<Path> paths) {
    CaseReader reader = new CaseReader();
    List<Located> out = new ArrayList<>();
    for (Path p : paths) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted().forEach(files::add);
        } catch (IOException e) {
          throw new CaseFileException(p.toString(), "$", 0, 0, "cannot list the folder: " + e.getMessage(), null);
        }
        if (files.isEmpty()) {
          throw new CaseFileException(p.toString(), "$", 0, 0, "no *.yaml case files in the folder", null);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new CaseFileException(p.toString(), "$", 0, 0, "no such file or folder", null);
      }
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          out.add(reader.read(f.toString(), in));
        } catch (IOException e) {
          throw new CaseFileException(f.toString(), "$", 0, 0, "cannot be read: " + e.getMessage(), null);
        }
      }
    }
    return checked(out);
  }

  private static CaseSuite checked(List<Located> files) {
    Map<String, String> seen = new HashMap<>();
    for (Located f : files) {
      for (int i = 0; i < f.cases().size(); i++) {
        String id = f.cases().get(i).id();
        String path = Located.casePath(i) + ".id";
        int[] place = f.place(path);
        String here = f.name() + " line " + place[0];
        String before = seen.putIfAbsent(id, here);
        if (before != null) {
          throw f.error(path, "the id '" + id + "' is also used at " + before, "case ids are unique across the suite");
        }
      }
    }
    return new CaseSuite(files);
  }

  /**
   * Returns every case, in file order.
   *
   * @return the cases
   */
  public List<Case> cases() {
    List<Case> out = new ArrayList<>();
    files.forEach(f -> out.addAll(f.cases()));
    return out;
  }

  /**
   * Runs every case.
   *
   * @return the results, in file order
   */
  public List<CaseRunner.Result> run() {
    List<CaseRunner.Result> out = new ArrayList<>();
    for (Located f : files) {
      for (int i = 0; i < f.cases().size(); i++) {
        out.add(CaseRunner.run(f, i));
      }
    }
    return out;
  }
}
