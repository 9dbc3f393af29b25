package org.quotekit.examples.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapPartitionsFunction;
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
 *     [--input txt|jsonl] [--format parquet|jsonl] [--max-article-length N] INPUT OUTPUT
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

  /** The articles as read: id, text and where they came from (a file, or a file and line). */
  private static final StructType ARTICLE_SCHEMA = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true);

  private static final String USAGE = "usage: QuoteExtractionJob [--input txt|jsonl] "
      + "[--format parquet|jsonl] [--max-article-length N] INPUT OUTPUT";

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

  /**
   * What the command line asks for.
   *
   * @param input how the articles are given; null to choose by the input's name
   * @param format how the rows are written
   * @param maxArticleLength the longest article extracted, in characters
   * @param in the input path
   * @param out the output folder, which must not exist
   */
  record Options(InputFormat input, OutputFormat format, int maxArticleLength, String in,
      String out) {

    /** The input format asked for, or else {@code jsonl} for a {@code .jsonl}/{@code .json}. */
    InputFormat inputFormat() {
      if (input != null) {
        return input;
      }
      String lower = in.toLowerCase(Locale.ROOT);
      return lower.endsWith(".jsonl") || lower.endsWith(".json")
          ? InputFormat.JSONL : InputFormat.TXT;
    }

    /**
     * Reads the arguments: options as {@code --name value} or {@code --name=value}, before or
     * after the two paths; {@code --} ends the options.
     *
     * @throws IllegalArgumentException saying what is wrong, for a usage error
     */
    static Options parse(String[] args) {
      InputFormat input = null;
      OutputFormat format = OutputFormat.PARQUET;
      int max = QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH;
      List<String> paths = new ArrayList<>();
      boolean options = true;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (options && a.equals("--")) {
          options = false;
          continue;
        }
        if (!options || !a.startsWith("--")) {
          paths.add(a);
          continue;
        }
        int eq = a.indexOf('=');
        String name = eq < 0 ? a : a.substring(0, eq);
        String value;
        if (eq >= 0) {
          value = a.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException("missing value after " + name);
        }
        switch (name) {
          case "--input" -> input = choice(name, value, InputFormat.class);
          case "--format" -> format = choice(name, value, OutputFormat.class);
          case "--max-article-length" -> max = positive(name, value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (paths.size() != 2) {
        throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + paths.size()
            + " path" + (paths.size() == 1 ? "" : "s"));
      }
      return new Options(input, format, max, paths.get(0), paths.get(1));
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value)) {
          return e;
        }
      }
      throw new IllegalArgumentException("unknown value for " + name + ": " + value + " (one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(e -> e.name().toLowerCase(Locale.ROOT))
              .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    private static int positive(String name, String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new IllegalArgumentException(name + " must be a positive whole number: " + value);
    }
  }

  private QuoteExtractionJob() {}

  /**
   * Runs the job: {@code [--input txt|jsonl] [--format parquet|jsonl] [--max-article-length N]
   * INPUT OUTPUT}. The input format is {@code jsonl} when INPUT ends with {@code .jsonl} or
   * {@code .json}, {@code txt} otherwise; the output format is Parquet unless told. A usage error
   * prints its reason and the usage and exits with 2; an input that does not exist, holds no
   * article file, or an OUTPUT that exists, prints one line and exits with 1.
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("quotekit-spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("quotekit-extract");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    int status = 0;
    try {
      run(spark, options);
    } catch (ArticleFiles.JobException e) {
      System.err.println("quotekit-spark: error: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Extracts the articles {@code options} name and writes their quote rows.
   *
   * @throws ArticleFiles.JobException if the input does not exist or holds no article file, or
   *     the output exists
   */
  static void run(SparkSession spark, Options options) {
    try {
      Path out = new Path(options.out());
      if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
        throw new ArticleFiles.JobException("the output " + options.out() + " exists; give a "
            + "new folder (the job never overwrites one)");
      }
    } catch (IOException e) {
      throw new ArticleFiles.JobException("cannot check the output " + options.out() + ": "
          + e.getMessage());
    }
    write(quotes(articles(spark, options.in(), options.inputFormat(),
        options.maxArticleLength()), options.maxArticleLength()), options.out(),
        options.format());
  }

  /**
   * The articles at {@code path} as rows {@code (id, text, source)}, with the default article
   * length limit ({@link #articles(SparkSession, String, InputFormat, int)}).
   */
  public static Dataset<Row> articles(SparkSession spark, String path, InputFormat format) {
    return articles(spark, path, format, QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH);
  }

  /**
   * The articles at {@code path} as rows {@code (id, text, source)}, in at least as many
   * partitions as the session's default parallelism (a single JSON Lines file would otherwise be
   * one task). The files are listed on the driver and read on the executors ({@link
   * ArticleFiles}, {@link ArticleReader}); what cannot be read is skipped with a warning naming
   * the file, or file and line.
   *
   * @param path a {@code .txt} file or a folder of them (not its subfolders, not hidden files),
   *     or a JSON Lines file or a folder of {@code .jsonl} / {@code .json} files
   * @param maxArticleLength files or lines that must hold more characters are skipped unread
   * @throws ArticleFiles.JobException if {@code path} does not exist or holds no article file
   */
  public static Dataset<Row> articles(SparkSession spark, String path, InputFormat format,
      int maxArticleLength) {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> files;
    try {
      files = ArticleFiles.list(conf, path, format);
    } catch (IOException e) {
      throw new ArticleFiles.JobException("cannot list the input " + path + ": "
          + e.getMessage());
    }
    int parallelism = spark.sparkContext().defaultParallelism();
    Dataset<Row> articles = spark.createDataset(files, Encoders.STRING())
        .repartition(Math.min(files.size(), parallelism))
        .flatMap(new ArticleReader(format, new ArticleFiles.SerializableConf(conf),
            maxArticleLength), Encoders.row(ARTICLE_SCHEMA));
    return articles.rdd().getNumPartitions() < parallelism
        ? articles.repartition(parallelism) : articles;
  }

  /** One row per quote of each article, in {@link #QUOTE_SCHEMA}, with the default limit. */
  public static Dataset<Row> quotes(Dataset<Row> articles) {
    return quotes(articles, QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH);
  }

  /**
   * One row per quote of each article, in {@link #QUOTE_SCHEMA}, by an extractor whose article
   * length limit is {@code maxArticleLength}.
   */
  public static Dataset<Row> quotes(Dataset<Row> articles, int maxArticleLength) {
    return articles.mapPartitions(new ExtractPartition(maxArticleLength),
        Encoders.row(QUOTE_SCHEMA));
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

  /**
   * Extracts a partition's articles with the JVM's one extractor. Holds no state, so that what
   * Spark serialises per task is this empty object, never an extractor.
   */
  private static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QuoteExtractionJob.class);
    private final int maxArticleLength;

    ExtractPartition(int maxArticleLength) {
      this.maxArticleLength = maxArticleLength;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
      QuoteExtractor extractor = ExtractorHolder.get(maxArticleLength);
      return new Iterator<>() {
        private Iterator<Row> current = List.<Row>of().iterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && articles.hasNext()) {
            Row article = articles.next();
            current = extract(extractor, article.getString(0), article.getString(1),
                article.size() > 2 ? article.getString(2) : null).iterator();
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

    private static List<Row> extract(QuoteExtractor extractor, String id, String text,
        String source) {
      String where = source == null ? "" : " (" + source + ")";
      if (id == null || text == null) {
        LOG.warn("skipped an article without {}: id={}{}", id == null ? "id" : "text", id,
            where);
        return List.of();
      }
      try {
        return rows(extractor.extract(Article.of(id, text)));
      } catch (ArticleTooLargeException e) {
        LOG.warn("skipped article {}{}: {} characters, more than the limit of {}; raise it "
            + "with --max-article-length", id, where, e.length(), e.limit());
        return List.of();
      }
    }
  }
}
