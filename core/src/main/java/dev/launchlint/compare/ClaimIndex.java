package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.kit.BusinessFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The claims of one kit in an in-memory Lucene index, one Lucene document per <em>statement</em>:
 * the claims of one function that say the same words about the same aspect and entities (a kit
 * repeats its sentences: the tagline on the landing page, in the email and in the deck). Fields
 * {@code text}, analysed with {@link LaunchAnalyzer}; {@code aspect}, {@code entity} as keywords;
 * {@code ord}, the statement's number. A TF-IDF vector per statement, with document frequencies
 * counted over claims.
 *
 * <p>BM25 finds the candidates of a statement: the closest other statements, so that forty copies
 * of one sentence do not take all forty places. The cosine of the TF-IDF vectors (symmetric, 0..1)
 * is the similarity the comparator thresholds, because BM25 scores do not compare across queries.
 * Not thread-safe while built; read-only afterwards.
 */
final class ClaimIndex {

  /** How many BM25 hits are looked at per statement. */
  static final int CANDIDATES = 40;

  private static final int MAX_QUERY_TERMS = 64;

  private final List<Claim> claims;
  /** Per claim its statement; per statement its claims in kit order. */
  private final int[] statementOf;
  private final int[][] members;
  /**
   * Per statement: its tokens (one string per distinct term in the kit: a large kit's statements
   * hold millions of tokens but tens of thousands of terms), the norm of its vector.
   */
  private final List<List<String>> tokens;
  private final double[] norms;
  /**
   * The same vectors as term numbers in ascending order with their weights: the pair loop takes
   * hundreds of thousands of cosines in a large kit, and a merge of two sorted arrays costs a
   * fraction of hash lookups.
   */
  private final int[][] termsOf;
  private final double[][] weightsOf;
  /** Per term number: whether the term is a figure ("99.9", "1,000"), not a word. */
  private final boolean[] figureTerm;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  /** Per statement: its candidate statements best first, the same sorted, and their first claims. */
  private final int[][] candidates;
  private final int[][] sortedCandidates;
  private final int[][] candidateClaims;

  /** What makes two claims one statement. */
  private record Statement(BusinessFunction function, String text, String aspect, List<String> entities) {
    static Statement of(Claim c) {
      return new Statement(c.function(), c.text(), c.aspect() == null ? null : key(c.aspect()),
          c.attributes().entities());
    }
  }

  /**
   * @param claims the kit's claims, in kit order
   * @param searched whether a claim needs the statements close to its own: the candidates of a
   *     statement none of whose claims does are not looked for (it is still found by others'),
   *     which spares most searches of a kit whose sentences mostly state no fact to compare
   */
  ClaimIndex(List<Claim> claims, Predicate<Claim> searched) {
    this.claims = List.copyOf(claims);
    this.statementOf = new int[this.claims.size()];
    Map<Statement, List<Integer>> byStatement = new LinkedHashMap<>();
    for (int i = 0; i < this.claims.size(); i++) {
      byStatement.computeIfAbsent(Statement.of(this.claims.get(i)), k -> new ArrayList<>()).add(i);
    }
    this.members = byStatement.values().stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    for (int s = 0; s < members.length; s++) {
      for (int i : members[s]) {
        statementOf[i] = s;
      }
    }
    // Statements of several functions (or aspects) may say the same words: each text is analysed
    // once, and its statements share its tokens.
    Map<String, Integer> textNumbers = new HashMap<>();
    List<String> texts = new ArrayList<>();
    int[] textOf = new int[members.length];
    for (int s = 0; s < members.length; s++) {
      textOf[s] = textNumbers.computeIfAbsent(this.claims.get(members[s][0]).text(), k -> {
        texts.add(k);
        return texts.size() - 1;
      });
    }
    List<List<String>> analysed = Spread.indices(texts.size())
        .mapToObj(t -> LaunchAnalyzer.SHARED.tokens(texts.get(t)))
        .toList();
    Map<String, String> canonical = new HashMap<>();
    List<List<String>> ofText = analysed.stream()
        .map(t -> List.of(t.stream().map(x -> canonical.computeIfAbsent(x, k -> k)).toArray(String[]::new)))
        .toList();
    this.tokens = Arrays.stream(textOf).mapToObj(ofText::get).toList();
    for (int s = 0; s < members.length; s++) {
      int copies = members[s].length;
      new LinkedHashSet<>(tokens.get(s)).forEach(x -> documentFrequency.merge(x, copies, Integer::sum));
    }
    norms = new double[members.length];
    termsOf = new int[members.length][];
    weightsOf = new double[members.length][];
    Map<String, Integer> numbers = new HashMap<>();
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      List<String> t = tokens.get(i);
      Map<String, Double> v = vector(t);
      norms[i] = norm(v);
      int[] numbered = v.keySet().stream().mapToInt(x -> numbers.computeIfAbsent(x, k -> {
        terms.add(k);
        return numbers.size();
      })).sorted().toArray();
      termsOf[i] = numbered;
      double[] weights = new double[numbered.length];
      v.forEach((x, w) -> weights[Arrays.binarySearch(numbered, numbers.get(x))] = w);
      weightsOf[i] = weights;
    }
    this.figureTerm = new boolean[terms.size()];
    for (int t = 0; t < figureTerm.length; t++) {
      figureTerm[t] = figure(terms.get(t));
    }
    boolean[] search = new boolean[members.length];
    for (int s = 0; s < members.length; s++) {
      search[s] = Arrays.stream(members[s]).anyMatch(i -> searched.test(this.claims.get(i)));
    }
    this.candidates = searchAll(new ArrayList<>(byStatement.keySet()), search);
    this.sortedCandidates = new int[candidates.length][];
    this.candidateClaims = new int[candidates.length][];
    for (int i = 0; i < candidates.length; i++) {
      sortedCandidates[i] = candidates[i].clone();
      Arrays.sort(sortedCandidates[i]);
      candidateClaims[i] = Arrays.stream(candidates[i]).map(t -> members[t][0]).toArray();
    }
  }

  List<Claim> claims() {
    return claims;
  }

  Claim claim(int ord) {
    return claims.get(ord);
  }

  int statements() {
    return members.length;
  }

  int statementOf(int ord) {
    return statementOf[ord];
  }

  /** The claims of a statement, in kit order. */
  int[] members(int statement) {
    return members[statement];
  }

  List<String> tokens(int ord) {
    return tokens.get(statementOf[ord]);
  }

  /** Cosine of the TF-IDF vectors of two claims, 0..1. */
  double similarity(int a, int b) {
    int sa = statementOf[a];
    int sb = statementOf[b];
    int[] x = termsOf[sa];
    int[] y = termsOf[sb];
    double dot = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        dot += weightsOf[sa][i++] * weightsOf[sb][j++];
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot == 0 ? 0 : Math.min(1.0, dot / (norms[sa] * norms[sb]));
  }

  /** TF-IDF vector of arbitrary tokens, with this kit's document frequencies. */
  Map<String, Double> vector(List<String> toks) {
    Map<String, Double> tf = new HashMap<>();
    for (String t : toks) {
      tf.merge(t, 1.0, Double::sum);
    }
    int n = Math.max(1, claims.size());
    Map<String, Double> v = new HashMap<>();
    tf.forEach((t, f) -> {
      int df = documentFrequency.getOrDefault(t, 0);
      v.put(t, (1 + Math.log(f)) * Math.log(1.0 + (n + 1.0) / (df + 1.0)));
    });
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = dot(a, b);
    return dot == 0 ? 0 : Math.min(1.0, dot / (norm(a) * norm(b)));
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot;
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /**
   * The first claims of the statements BM25 ranks closest to claim {@code ord}'s (its text, its
   * aspect, its entities), best first, without its own; ties broken by position so the order is
   * deterministic.
   */
  int[] candidates(int ord) {
    return candidateClaims[statementOf[ord]];
  }

  /** The statements closest to {@code statement}, best first, without itself. */
  int[] candidateStatements(int statement) {
    return candidates[statement];
  }

  /** Whether {@code other} is among the {@link #candidateStatements} of {@code statement}. */
  boolean isCandidate(int statement, int other) {
    return Arrays.binarySearch(sortedCandidates[statement], other) >= 0;
  }

  /**
   * Every statement's candidates. Statements of different functions may say the same words, and
   * identical queries rank identically, so each distinct query is run once; the searches, most of
   * a large kit's comparison, are {@link Spread spread} over the audit's threads (the searcher is
   * thread-safe).
   */
  private int[][] searchAll(List<Statement> statements, boolean[] search) {
    IndexSearcher searcher;
    int[] ordOfDoc;
    try {
      // Read back as one buffer: tens of thousands of short searches otherwise spend a good part
      // of their time finding the page of each read in the default paged buffers.
      ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
          ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
      IndexWriterConfig config = new IndexWriterConfig(LaunchAnalyzer.SHARED)
          .setSimilarity(new BM25Similarity());
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int s = 0; s < statements.size(); s++) {
          writer.addDocument(document(s, statements.get(s)));
        }
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity());
      StoredFields stored = reader.storedFields();
      ordOfDoc = new int[reader.maxDoc()];
      for (int d = 0; d < ordOfDoc.length; d++) {
        ordOfDoc[d] = stored.document(d).getField("ord").numericValue().intValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
    // A kit's statements share most of their words: each term is looked up in the index once,
    // not once per query that names it.
    Map<Term, TermStates> looked = new ConcurrentHashMap<>();
    Function<Term, TermQuery> term = t -> new TermQuery(t, looked.computeIfAbsent(t, x -> states(searcher, x)));
    List<Query> ofStatement = Spread.indices(statements.size())
        .mapToObj(s -> search[s] ? query(s, statements.get(s), term) : null)
        .toList();
    Map<Query, List<Integer>> byQuery = new LinkedHashMap<>();
    for (int s = 0; s < statements.size(); s++) {
      if (search[s]) {
        byQuery.computeIfAbsent(ofStatement.get(s), q -> new ArrayList<>()).add(s);
      }
    }
    List<Query> queries = List.copyOf(byQuery.keySet());
    int[][] hits = new int[queries.size()][];
    Spread.indices(queries.size()).forEach(i -> hits[i] = top(searcher, ordOfDoc, queries.get(i)));
    int[][] out = new int[statements.size()][];
    Arrays.fill(out, new int[0]);
    for (int i = 0; i < queries.size(); i++) {
      for (int s : byQuery.get(queries.get(i))) {
        out[s] = without(hits[i], s);
      }
    }
    return out;
  }

  private static int[] without(int[] hits, int ord) {
    return Arrays.stream(hits).filter(h -> h != ord).toArray();
  }

  private static TermStates states(IndexSearcher searcher, Term term) {
    try {
      return TermStates.build(searcher, term, true);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
  }

  private Query query(int statement, Statement s, Function<Term, TermQuery> term) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int added = 0;
    Set<String> distinct = distinct(statement);
    boolean words = distinct.stream().anyMatch(t -> !figure(t));
    for (String t : distinct) {
      if (words && figure(t)) {
        continue;
      }
      if (added++ == MAX_QUERY_TERMS) {
        break;
      }
      q.add(term.apply(new Term("text", t)), BooleanClause.Occur.SHOULD);
    }
    if (s.aspect() != null) {
      q.add(new BoostQuery(term.apply(new Term("aspect", s.aspect())), 3f), BooleanClause.Occur.SHOULD);
    }
    for (String e : new LinkedHashSet<>(s.entities())) {
      q.add(new BoostQuery(term.apply(new Term("entity", key(e))), 2f), BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  /**
   * The statements ranking highest for a query. Hits are counted only as far as the top is known
   * (Lucene's default counts a thousand), which lets block-max scoring skip the long postings
   * of common words.
   */
  private static int[] top(IndexSearcher searcher, int[] ordOfDoc, Query query) {
    try {
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(CANDIDATES + 1, null, CANDIDATES + 1));
      int[] out = new int[top.scoreDocs.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = ordOfDoc[top.scoreDocs[i].doc];
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory search failed", e);
    }
  }

  private static Document document(int statement, Statement s) {
    Document d = new Document();
    d.add(new StoredField("ord", statement));
    d.add(new TextField("text", s.text(), Field.Store.NO));
    if (s.aspect() != null) {
      d.add(new StringField("aspect", s.aspect(), Field.Store.NO));
    }
    for (String e : s.entities()) {
      d.add(new StringField("entity", key(e), Field.Store.NO));
    }
    return d;
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean figure(String term) {
    for (int i = 0; i < term.length(); i++) {
      char ch = term.charAt(i);
      if (!Character.isDigit(ch) && ch != '.' && ch != ',') {
        return false;
      }
    }
    return true;
  }

  /** A statement's distinct tokens in first-seen order; made when asked, not kept for every statement. */
  private Set<String> distinct(int statement) {
    return new LinkedHashSet<>(tokens.get(statement));
  }

  /** How many words (not figures) two claims share. */
  int sharedWords(int a, int b) {
    int[] x = termsOf[statementOf[a]];
    int[] y = termsOf[statementOf[b]];
    int n = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        n += figureTerm[x[i]] ? 0 : 1;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Distinct tokens shared by two claims, in the order of the first. */
  List<String> shared(int a, int b) {
    Set<String> other = distinct(statementOf[b]);
    List<String> s = new ArrayList<>();
    for (String t : distinct(statementOf[a])) {
      if (other.contains(t)) {
        s.add(t);
      }
    }
    return s;
  }
}
