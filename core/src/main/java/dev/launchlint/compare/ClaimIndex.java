package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The claims of one kit in an in-memory Lucene index (fields {@code text}, analysed with {@link
 * LaunchAnalyzer}; {@code aspect}, {@code entity}, {@code function}, {@code path} as keywords;
 * {@code ord}, the claim's position in the kit) together with a TF-IDF vector per claim.
 *
 * <p>BM25 finds the candidates of a claim; the cosine of the TF-IDF vectors (symmetric, 0..1) is
 * the similarity the comparator thresholds, because BM25 scores do not compare across queries.
 * Not thread-safe: one per comparison.
 */
final class ClaimIndex {

  /** How many BM25 hits are looked at per claim. */
  static final int CANDIDATES = 40;

  private static final int MAX_QUERY_TERMS = 64;

  private final List<Claim> claims;
  private final List<List<String>> tokens;
  private final List<Map<String, Double>> vectors = new ArrayList<>();
  /** Per claim: its distinct tokens in first-seen order, and the norm of its vector. */
  private final List<Set<String>> distinct = new ArrayList<>();
  private final double[] norms;
  /**
   * The same vectors as term numbers in ascending order with their weights: the pair loop takes
   * hundreds of thousands of cosines in a large kit, and a merge of two sorted arrays costs a
   * fraction of hash lookups.
   */
  private final int[][] termsOf;
  private final double[][] weightsOf;
  /** Lucene document id to claim position, read once instead of a stored-field lookup per hit. */
  private final int[] ordOfDoc;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<String, Map<String, Double>> textVectors = new HashMap<>();
  /** Per claim: its candidates best first, and the same sorted for lookups. */
  private final int[][] candidates;
  private final int[][] sortedCandidates;
  private final IndexSearcher searcher;
  private final StoredFields stored;

  ClaimIndex(List<Claim> claims) {
    this.claims = List.copyOf(claims);
    this.tokens = Spread.indices(this.claims.size())
        .mapToObj(i -> LaunchAnalyzer.SHARED.tokens(this.claims.get(i).text()))
        .toList();
    for (List<String> t : tokens) {
      new LinkedHashSet<>(t).forEach(x -> documentFrequency.merge(x, 1, Integer::sum));
    }
    norms = new double[tokens.size()];
    termsOf = new int[tokens.size()][];
    weightsOf = new double[tokens.size()][];
    Map<String, Integer> numbers = new HashMap<>();
    for (List<String> t : tokens) {
      int i = vectors.size();
      Map<String, Double> v = vector(t);
      norms[i] = norm(v);
      vectors.add(v);
      distinct.add(new LinkedHashSet<>(t));
      int[] terms = v.keySet().stream().mapToInt(x -> numbers.computeIfAbsent(x, k -> numbers.size())).sorted().toArray();
      termsOf[i] = terms;
      weightsOf[i] = new double[terms.length];
      v.forEach((x, w) -> weightsOf[i][Arrays.binarySearch(terms, numbers.get(x))] = w);
    }
    try {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      IndexWriterConfig config = new IndexWriterConfig(LaunchAnalyzer.SHARED)
          .setSimilarity(new BM25Similarity());
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int i = 0; i < this.claims.size(); i++) {
          writer.addDocument(document(i, this.claims.get(i)));
        }
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      this.searcher.setSimilarity(new BM25Similarity());
      this.stored = reader.storedFields();
      this.ordOfDoc = new int[reader.maxDoc()];
      for (int d = 0; d < ordOfDoc.length; d++) {
        ordOfDoc[d] = stored.document(d).getField("ord").numericValue().intValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
    this.candidates = searchAll();
    this.sortedCandidates = new int[candidates.length][];
    for (int i = 0; i < candidates.length; i++) {
      sortedCandidates[i] = candidates[i].clone();
      Arrays.sort(sortedCandidates[i]);
    }
  }

  List<Claim> claims() {
    return claims;
  }

  Claim claim(int ord) {
    return claims.get(ord);
  }

  List<String> tokens(int ord) {
    return tokens.get(ord);
  }

  /** Cosine of the TF-IDF vectors of two claims, 0..1. */
  double similarity(int a, int b) {
    int[] x = termsOf[a];
    int[] y = termsOf[b];
    double dot = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        dot += weightsOf[a][i++] * weightsOf[b][j++];
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot == 0 ? 0 : Math.min(1.0, dot / (norms[a] * norms[b]));
  }

  /** Cosine of a claim's vector with the vector of any text, analysed the same way. */
  double similarity(int a, String text) {
    return cosine(vectors.get(a), textVectors.computeIfAbsent(text, t -> vector(LaunchAnalyzer.SHARED.tokens(t))));
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
   * The claims BM25 ranks closest to claim {@code ord} (its text, its aspect, its entities), best
   * first, without the claim itself; ties broken by position so the order is deterministic.
   */
  int[] candidates(int ord) {
    return candidates[ord];
  }

  /** Whether {@code other} is among the {@link #candidates(int)} of {@code ord}. */
  boolean isCandidate(int ord, int other) {
    return Arrays.binarySearch(sortedCandidates[ord], other) >= 0;
  }

  /**
   * Every claim's candidates. A kit repeats its claims (one sentence on the landing page, in the
   * email and in the deck) and identical queries rank identically, so each distinct query is run
   * once, and the searches, most of a large kit's comparison, are {@link Spread spread} over the
   * audit's threads (the searcher is thread-safe).
   */
  private int[][] searchAll() {
    Map<Query, List<Integer>> claimsByQuery = new LinkedHashMap<>();
    for (int ord = 0; ord < claims.size(); ord++) {
      claimsByQuery.computeIfAbsent(query(ord), q -> new ArrayList<>()).add(ord);
    }
    List<Query> queries = List.copyOf(claimsByQuery.keySet());
    int[][] hits = new int[queries.size()][];
    Spread.indices(queries.size()).forEach(i -> hits[i] = topClaims(queries.get(i)));
    int[][] out = new int[claims.size()][];
    for (int i = 0; i < queries.size(); i++) {
      for (int ord : claimsByQuery.get(queries.get(i))) {
        out[ord] = without(hits[i], ord);
      }
    }
    return out;
  }

  private static int[] without(int[] hits, int ord) {
    return Arrays.stream(hits).filter(h -> h != ord).toArray();
  }

  private Query query(int ord) {
    Claim c = claims.get(ord);
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int added = 0;
    for (String t : distinct.get(ord)) {
      if (added++ == MAX_QUERY_TERMS) {
        break;
      }
      q.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
    }
    if (c.aspect() != null) {
      q.add(new BoostQuery(new TermQuery(new Term("aspect", key(c.aspect()))), 3f), BooleanClause.Occur.SHOULD);
    }
    for (String e : new LinkedHashSet<>(c.attributes().entities())) {
      q.add(new BoostQuery(new TermQuery(new Term("entity", key(e))), 2f), BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  /**
   * The claims ranking highest for a query. Hits are counted only as far as the top is known
   * (Lucene's default counts a thousand), which lets block-max scoring skip the long postings
   * of common words: most of a large kit's comparison time before.
   */
  private int[] topClaims(Query query) {
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

  private static Document document(int ord, Claim c) {
    Document d = new Document();
    d.add(new StoredField("ord", ord));
    d.add(new TextField("text", c.text(), Field.Store.NO));
    d.add(new StringField("function", c.function().id(), Field.Store.NO));
    d.add(new StringField("path", c.path(), Field.Store.NO));
    if (c.aspect() != null) {
      d.add(new StringField("aspect", key(c.aspect()), Field.Store.NO));
    }
    for (String e : c.attributes().entities()) {
      d.add(new StringField("entity", key(e), Field.Store.NO));
    }
    return d;
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Distinct tokens shared by two claims, in the order of the first. */
  List<String> shared(int a, int b) {
    Set<String> other = distinct.get(b);
    List<String> s = new ArrayList<>();
    for (String t : distinct.get(a)) {
      if (other.contains(t)) {
        s.add(t);
      }
    }
    return s;
  }
}
