package io.github.dpasemantics.json.output;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/** Lists whose items are made when read: a large report is written item by item, never held whole. */
final class Views {
  private Views() {}

  /**
   * Returns a read-only view of a list with each item converted when it is read.
   *
   * @param <A> the source items
   * @param <B> the items of the view
   * @param source the source list (immutable)
   * @param convert the conversion, pure
   * @return the view
   */
  static <A, B> List<B> mapped(List<A> source, Function<? super A, ? extends B> convert) {
    return new AbstractList<B>() {
      @Override
      public B get(int index) {
        return convert.apply(source.get(index));
      }

      @Override
      public int size() {
        return source.size();
      }
    };
  }
}
