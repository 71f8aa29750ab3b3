package io.github.dpasemantics.examples.reference;

import io.github.dpasemantics.monitor.LifecycleTable;
import io.github.dpasemantics.monitor.ObligationState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The obligation monitor's lifecycle as states and transitions, taken from the monitor's lifecycle
 * table ({@link LifecycleTable#transitions()}, read from the model's norms; the same table
 * generates the Mermaid diagram in {@code docs/monitor.md}), and drawn as a static SVG with a
 * numbered legend: no Mermaid script runs in the page and no Markdown is parsed at run time.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Lifecycle {
  /** The pseudo-state {@code [*]} at the start. */
  static final String START = "[*]start";
  /** The pseudo-state {@code [*]} at the end. */
  static final String END = "[*]end";

  /** One transition: from, to, and the label (possibly empty). */
  static final class Transition {
    final String from;
    final String to;
    final String label;

    Transition(String from, String to, String label) {
      this.from = from;
      this.to = to;
      this.label = label;
    }
  }

  private final List<String> states;
  private final Map<String, String> descriptions;
  private final List<Transition> transitions;
  private final String source;

  private Lifecycle(List<String> states, Map<String, String> descriptions, List<Transition> transitions, String source) {
    this.states = List.copyOf(states);
    this.descriptions = Map.copyOf(descriptions);
    this.transitions = List.copyOf(transitions);
    this.source = source;
  }

  /**
   * The lifecycle of the monitor: the transitions of {@link LifecycleTable#segmentDpa()}, each
   * state described as open or finished ({@link ObligationState#isOpen()}).
   *
   * @return the lifecycle
   */
  static Lifecycle fromMonitor() {
    return of(LifecycleTable.segmentDpa().transitions());
  }

  /**
   * The lifecycle of the given transitions ({@code [*]} as from is the start, as to the end).
   *
   * @param table the transitions
   * @return the lifecycle
   */
  static Lifecycle of(List<LifecycleTable.Transition> table) {
    List<String> states = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (LifecycleTable.Transition t : table) {
      String from = LifecycleTable.TERMINAL.equals(t.from()) ? START : t.from();
      String to = LifecycleTable.TERMINAL.equals(t.to()) ? END : t.to();
      addState(states, from);
      addState(states, to);
      transitions.add(new Transition(from, to, t.label()));
    }
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (ObligationState s : ObligationState.values()) {
      descriptions.put(s.name(), s.isOpen() ? "open" : "finished");
    }
    return new Lifecycle(states, descriptions, transitions, "the monitor's lifecycle table (LifecycleTable, read from the norms)");
  }

  private static void addState(List<String> states, String s) {
    if (!states.contains(s)) {
      states.add(s);
    }
  }

  List<String> states() {
    return states;
  }

  List<Transition> transitions() {
    return transitions;
  }

  String source() {
    return source;
  }

  Optional<String> description(String state) {
    return Optional.ofNullable(descriptions.get(state));
  }

  /** The display name of a state: {@code start} and {@code end} for the pseudo-states. */
  static String display(String state) {
    return START.equals(state) ? "start" : END.equals(state) ? "end" : state;
  }

  // ------------------------------------------------------------------ drawing

  private static final int BOX_H = 34;
  private static final int LAYER_GAP = 64;
  private static final int BOX_GAP = 28;
  private static final int MARGIN = 24;

  /**
   * Draws the states in layers (longest path from the start, back edges ignored) with arrows; each
   * arrow carries the number of its row in the legend.
   *
   * @return the SVG element
   */
  String svg() {
    Map<String, Integer> layer = layers();
    int maxLayer = 0;
    for (int l : layer.values()) {
      maxLayer = Math.max(maxLayer, l);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= maxLayer; i++) {
      rows.add(new ArrayList<>());
    }
    for (String s : states) {
      rows.get(layer.getOrDefault(s, 0)).add(s);
    }
    Map<String, int[]> box = new HashMap<>();   // x, y, w
    int width = 0;
    for (List<String> row : rows) {
      int w = 0;
      for (String s : row) {
        w += boxWidth(s) + BOX_GAP;
      }
      width = Math.max(width, w - BOX_GAP);
    }
    width += 2 * MARGIN + 160;
    int y = MARGIN;
    for (List<String> row : rows) {
      int w = -BOX_GAP;
      for (String s : row) {
        w += boxWidth(s) + BOX_GAP;
      }
      int x = (width - w) / 2;
      for (String s : row) {
        box.put(s, new int[] {x, y, boxWidth(s)});
        x += boxWidth(s) + BOX_GAP;
      }
      y += BOX_H + LAYER_GAP;
    }
    int height = y - LAYER_GAP + MARGIN;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"lifecycle\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" role=\"img\" aria-labelledby=\"lifecycle-title\">")
        .append("<title id=\"lifecycle-title\">Obligation lifecycle: ").append(states.size()).append(" states, ")
        .append(transitions.size()).append(" transitions</title>")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
            + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>");
    int n = 0;
    StringBuilder badges = new StringBuilder();
    for (Transition t : transitions) {
      n++;
      int[] a = Objects.requireNonNull(box.get(t.from));
      int[] b = Objects.requireNonNull(box.get(t.to));
      double ax = a[0] + a[2] / 2.0;
      double bx = b[0] + b[2] / 2.0;
      double[] mid;
      if (t.from.equals(t.to)) {
        // a loop on the right of the box
        double lx = a[0] + a[2];
        double ly = a[1];
        sb.append(String.format(Locale.ROOT, "<path class=\"edge loop\" d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\""
            + " fill=\"none\" stroke=\"#444\" marker-end=\"url(#arrow)\"/>", lx, ly + 8.0, lx + 46, ly - 12.0, lx + 46,
            ly + BOX_H + 12.0, lx, ly + BOX_H - 8.0));
        mid = new double[] {lx + 35, ly + BOX_H / 2.0};
      } else if (b[1] > a[1]) {
        double ay = a[1] + BOX_H;
        double by = b[1];
        Optional<double[]> blocked = blockedSpan(ax, ay, bx, by, a, b, box);
        if (blocked.isEmpty()) {
          sb.append(line(ax, ay, bx, by));
          mid = new double[] {(ax + bx) / 2, (ay + by) / 2};
        } else {
          // around the boxes in between, on the nearer side
          double[] span = blocked.get();
          boolean left = Math.abs((ax + bx) / 2 - span[0]) <= Math.abs(span[1] - (ax + bx) / 2);
          double target = left ? span[0] - 18 : span[1] + 18;
          mid = curve(sb, "edge", ax, ay, bx, by, target);
        }
      } else {
        // back edge or same layer: from the side of the source to the side of the target
        boolean left = (ax + bx) / 2 < width / 2.0;
        double sx = left ? a[0] : a[0] + a[2];
        double ex = left ? b[0] : b[0] + b[2];
        double sy = a[1] + BOX_H / 2.0 + 6;
        double ey = b[1] + BOX_H / 2.0 - 6;
        double target = left ? Math.min(sx, ex) - 34 : Math.max(sx, ex) + 34;
        mid = curve(sb, "edge back", sx, sy, ex, ey, target);
      }
      badges.append(String.format(Locale.ROOT, "<g class=\"badge\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\"/>"
          + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"central\">%d</text></g>",
          mid[0], mid[1], mid[0], mid[1], n));
    }
    for (String s : states) {
      int[] r = Objects.requireNonNull(box.get(s));
      boolean pseudo = START.equals(s) || END.equals(s);
      if (pseudo) {
        double cx = r[0] + r[2] / 2.0;
        double cy = r[1] + BOX_H / 2.0;
        sb.append(String.format(Locale.ROOT, "<g class=\"state pseudo\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\"%s/>"
            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>", cx, cy,
            END.equals(s) ? " class=\"end\"" : "", cx + 0.0, cy + 24.0, display(s)));
      } else {
        String kind = ObligationStates.kindOf(s);
        sb.append(String.format(Locale.ROOT, "<g class=\"state %s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\"/>"
            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"central\">%s</text></g>",
            kind, r[0], r[1], r[2], BOX_H, r[0] + r[2] / 2.0, r[1] + BOX_H / 2.0, Html.esc(s)));
      }
    }
    sb.append(badges).append("</svg>");
    return sb.toString();
  }

  /**
   * Draws a cubic curve from (x0, y0) to (x3, y3) whose middle passes through x = {@code midX}.
   *
   * @return the middle point of the curve
   */
  private static double[] curve(StringBuilder sb, String cls, double x0, double y0, double x3, double y3, double midX) {
    // the middle of a cubic with both control points at x = c is (x0 + x3) / 8 + 3c / 4
    double c = (midX - (x0 + x3) / 8) / 0.75;
    double c1y = y0 + (y3 - y0) / 3;
    double c2y = y0 + 2 * (y3 - y0) / 3;
    sb.append(String.format(Locale.ROOT, "<path class=\"%s\" d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\""
        + " stroke=\"#444\"%s marker-end=\"url(#arrow)\"/>", cls, x0, y0, c, c1y, c, c2y, x3, y3,
        cls.contains("back") ? " stroke-dasharray=\"4 3\"" : ""));
    return new double[] {midX, (y0 + 3 * c1y + 3 * c2y + y3) / 8};
  }

  /**
   * Tells whether the straight segment from (x0, y0) down to (x1, y1) crosses a box other than its
   * ends; if so returns the horizontal extent {minX, maxX} of the boxes it crosses.
   */
  private static Optional<double[]> blockedSpan(double x0, double y0, double x1, double y1, int[] from, int[] to,
      Map<String, int[]> box) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    boolean blocked = false;
    for (int[] r : box.values()) {
      if (r == from || r == to || r[1] <= y0 || r[1] + BOX_H >= y1) {
        continue;
      }
      // the extent of every box in the layers between, so a detour clears them all
      minX = Math.min(minX, r[0]);
      maxX = Math.max(maxX, r[0] + r[2]);
      double cy = r[1] + BOX_H / 2.0;
      double x = x0 + (x1 - x0) * (cy - y0) / (y1 - y0);
      blocked |= x >= r[0] - 12 && x <= r[0] + r[2] + 12;
    }
    return blocked ? Optional.of(new double[] {minX, maxX}) : Optional.empty();
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(Locale.ROOT, "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\""
        + " marker-end=\"url(#arrow)\"/>", x1, y1, x2, y2);
  }

  private static int boxWidth(String s) {
    return START.equals(s) || END.equals(s) ? 40 : Math.max(90, 9 * s.length() + 24);
  }

  private Map<String, Integer> layers() {
    Map<String, List<String>> out = new HashMap<>();
    for (Transition t : transitions) {
      out.computeIfAbsent(t.from, k -> new ArrayList<>()).add(t.to);
    }
    // back edges: those closing a cycle in a depth-first walk from the roots
    Set<String> backEdges = new HashSet<>();
    Set<String> done = new HashSet<>();
    Set<String> onPath = new HashSet<>();
    List<String> roots = new ArrayList<>();
    if (states.contains(START)) {
      roots.add(START);
    }
    roots.addAll(states);
    for (String r : roots) {
      dfs(r, out, done, onPath, backEdges);
    }
    Map<String, Integer> layer = new HashMap<>();
    for (String s : states) {
      layer.put(s, 0);
    }
    // longest path over the acyclic rest (Bellman-Ford style relaxation, bounded by the state count)
    for (int round = 0; round < states.size(); round++) {
      boolean changed = false;
      for (Transition t : transitions) {
        if (backEdges.contains(t.from + "\u0000" + t.to) || t.from.equals(t.to)) {
          continue;
        }
        int want = layer.getOrDefault(t.from, 0) + 1;
        if (layer.getOrDefault(t.to, 0) < want) {
          layer.put(t.to, want);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    if (states.contains(END)) {
      int max = 0;
      for (Map.Entry<String, Integer> e : layer.entrySet()) {
        if (!e.getKey().equals(END)) {
          max = Math.max(max, e.getValue());
        }
      }
      layer.put(END, max + 1);
    }
    if (transitions.isEmpty()) {
      // no transitions known: open states on one row, finished ones on the next
      for (String s : states) {
        layer.put(s, "finished".equals(descriptions.get(s)) ? 1 : 0);
      }
    }
    return layer;
  }

  private static void dfs(String s, Map<String, List<String>> out, Set<String> done, Set<String> onPath,
      Set<String> backEdges) {
    if (done.contains(s)) {
      return;
    }
    onPath.add(s);
    for (String t : out.getOrDefault(s, List.of())) {
      if (onPath.contains(t)) {
        backEdges.add(s + "\u0000" + t);
      } else {
        dfs(t, out, done, onPath, backEdges);
      }
    }
    onPath.remove(s);
    done.add(s);
  }

  /** What a state of the lifecycle is, for styling: open, finished, or other. */
  static final class ObligationStates {
    private ObligationStates() {}

    static String kindOf(String state) {
      for (ObligationState s : ObligationState.values()) {
        if (s.name().equalsIgnoreCase(state)) {
          return s.isOpen() ? "open" : "finished";
        }
      }
      return "other";
    }
  }

  @Override
  public String toString() {
    return "Lifecycle[" + states + ", " + transitions.size() + " transitions from " + source + "]";
  }
}
