package org.quotekit.examples.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quotekit.Article;
import org.quotekit.ArticleTooLargeException;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark job that extracts the quotes of a folder of {@code .txt} files or of JSON Lines and
 * writes one row per quote, as Parquet or JSON Lines. Stateless; the extractor it uses is one per
 * JVM, shared by all tasks of an executor (see {@link ExtractorHolder}).
 *
 * <pre>{@code
 * spark-submit --master spark://HOST:7077 examples/spark/target/quotekit-spark.jar \
 *     [--input txt|jsonl] [--format parquet|jsonl] INPUT OUTPUT
 * }</pre>
 *
 * <p>Without a master (no {@code spark-submit}, no {@code spark.master} property) the job runs in
 * {@code local[*]}.
 */
public final class QuoteExtractionJob {
  /** The columns of a quote row, in order. */
  public static final StructType QUOTE_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("quote_id", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("cue_text", DataTypes.StringType, true)
      .add("cue_lemma", DataTypes.StringType, true)
      .add("source_text", DataTypes.StringType, true)
      .add("speaker_name", DataTypes.StringType, true)
      .add("speaker_kind", DataTypes.StringType, true)
      .add("confidence", DataTypes.DoubleType, false)
      .add("extractor", DataTypes.StringType, false)
      .add("rule", DataTypes.StringType, true);

  private static final StructType ARTICLE_SCHEMA = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true);

  private static final String USAGE =
      "usage: QuoteExtractionJob [--input txt|jsonl] [--format parquet|jsonl] INPUT OUTPUT";

  /** How the articles are given. */
  public enum InputFormat {
    /** A folder of {@code .txt} files, one article each; id: the file name without extension. */
    TXT,
    /** JSON Lines of {@code {"id": ..., "text": ...}}, a file or a folder of them. */
    JSONL
  }

  /** How the quote rows are written. */
  public enum OutputFormat {
    /** A Parquet folder. */
    PARQUET,
    /** A folder of JSON Lines files, every column on every line ({@code null} when empty). */
    JSONL
  }

  private QuoteExtractionJob() {}

  /**
   * Runs the job: {@code [--input txt|jsonl] [--format parquet|jsonl] INPUT OUTPUT}. The input
   * format is {@code jsonl} when INPUT ends with {@code .jsonl} or {@code .json}, {@code txt}
   * otherwise; the output format is Parquet unless told. OUTPUT must not exist.
   */
  public static void main(String[] args) {
    InputFormat input = null;
    OutputFormat format = OutputFormat.PARQUET;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> input = option(args, ++i, InputFormat.class);
        case "--format" -> format = option(args, ++i, OutputFormat.class);
        default -> paths.add(args[i]);
      }
    }
    if (paths.size() != 2) {
      System.err.println(USAGE);
      System.exit(2);
    }
    String in = paths.get(0);
    if (input == null) {
      String lower = in.toLowerCase(Locale.ROOT);
      input = lower.endsWith(".jsonl") || lower.endsWith(".json")
          ? InputFormat.JSONL : InputFormat.TXT;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("quotekit-extract");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      write(quotes(articles(spark, in, input)), paths.get(1), format);
    } finally {
      spark.stop();
    }
  }

  private static <E extends Enum<E>> E option(String[] args, int i, Class<E> type) {
    if (i >= args.length) {
      throw new IllegalArgumentException("missing value after " + args[i - 1] + "; " + USAGE);
    }
    try {
      return Enum.valueOf(type, args[i].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown value for " + args[i - 1] + ": " + args[i]
          + "; " + USAGE, e);
    }
  }

  /**
   * The articles at {@code path} as rows {@code (id, text)}, in at least as many partitions as
   * the session's default parallelism (a single JSON Lines file would otherwise be one task).
   *
   * @param path a folder of {@code .txt} files (not its subfolders, not hidden files), or a JSON
   *     Lines file or folder
   */
  public static Dataset<Row> articles(SparkSession spark, String path, InputFormat format) {
    Dataset<Row> articles = switch (format) {
      case TXT -> spark.read().format("binaryFile")
          .option("pathGlobFilter", "*.[tT][xX][tT]")
          .load(path)
          .select("path", "content")
          .map((MapFunction<Row, Row>) r -> RowFactory.create(baseName(r.getString(0)),
              decode(r.getAs(1))), Encoders.row(ARTICLE_SCHEMA));
      case JSONL -> spark.read().schema(ARTICLE_SCHEMA).json(path).select("id", "text");
    };
    int parallelism = spark.sparkContext().defaultParallelism();
    return articles.rdd().getNumPartitions() < parallelism
        ? articles.repartition(parallelism) : articles;
  }

  /** One row per quote of each article, in {@link #QUOTE_SCHEMA}. */
  public static Dataset<Row> quotes(Dataset<Row> articles) {
    return articles.mapPartitions(new ExtractPartition(), Encoders.row(QUOTE_SCHEMA));
  }

  /** Writes the quote rows to {@code path}, which must not exist. */
  public static void write(Dataset<Row> quotes, String path, OutputFormat format) {
    switch (format) {
      case PARQUET -> quotes.write().parquet(path);
      case JSONL -> quotes.write().option("ignoreNullFields", false).json(path);
    }
  }

  /** The rows of one extraction, in {@link #QUOTE_SCHEMA}, in the extraction's quote order. */
  public static List<Row> rows(Extraction extraction) {
    List<Row> rows = new ArrayList<>(extraction.quotes().size());
    for (Quote q : extraction.quotes()) {
      Cue cue = q.cue().orElse(null);
      Speaker speaker = extraction.speakerOf(q).orElse(null);
      rows.add(RowFactory.create(extraction.articleId(), q.id(), q.type().name(),
          q.content().text(), q.content().start(), q.content().end(),
          cue == null ? null : cue.span().text(), cue == null ? null : cue.lemma(),
          q.source().map(Span::text).orElse(null),
          speaker == null ? null : speaker.name(),
          speaker == null ? null : speaker.kind().name(),
          q.confidence(), q.extractor(), q.rule()));
    }
    return rows;
  }

  /** The file name of a path or URI without its extension ({@code a.b.txt} gives {@code a.b}). */
  static String baseName(String path) {
    String name = new org.apache.hadoop.fs.Path(path).getName();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** UTF-8 without a leading byte order mark; malformed bytes become U+FFFD. */
  static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Extracts a partition's articles with the JVM's one extractor. Holds no state, so that what
   * Spark serialises per task is this empty object, never an extractor.
   */
  private static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QuoteExtractionJob.class);

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
      QuoteExtractor extractor = ExtractorHolder.get();
      return new Iterator<>() {
        private Iterator<Row> current = List.<Row>of().iterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && articles.hasNext()) {
            Row article = articles.next();
            current = extract(extractor, article.getString(0), article.getString(1)).iterator();
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return current.next();
        }
      };
    }

    private static List<Row> extract(QuoteExtractor extractor, String id, String text) {
      if (id == null || text == null) {
        LOG.warn("skipped an article without {}: id={}", id == null ? "id" : "text", id);
        return List.of();
      }
      try {
        return rows(extractor.extract(Article.of(id, text)));
      } catch (ArticleTooLargeException e) {
        LOG.warn("skipped article {}: {}", id, e.getMessage());
        return List.of();
      }
    }
  }
}
