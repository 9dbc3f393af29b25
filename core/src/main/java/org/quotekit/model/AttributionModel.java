package org.quotekit.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The trained parts of the model extractor: a {@link CueModel} that finds cues and, optionally, a
 * {@link ContentModel} that reads the content of cues (re-reading the rule patterns' content
 * where one fits in the cue's sentence, alone where none does) and a {@link SourceModel} that
 * picks the source of the cues it reads alone, and a {@link FilterModel} that decides which
 * candidate attributions to keep. Written as a ZIP archive holding {@code cue.bin.gz}, {@code
 * content.bin.gz}, {@code source.bin.gz} and {@code filter.bin.gz}; a file holding a cue model
 * alone (as earlier versions of {@code quotekit train} wrote) is read too. Immutable and thread-safe.
 */
public final class AttributionModel {
  private static final String CUE_ENTRY = "cue.bin.gz";
  private static final String CONTENT_ENTRY = "content.bin.gz";
  private static final String SOURCE_ENTRY = "source.bin.gz";
  private static final String FILTER_ENTRY = "filter.bin.gz";

  private final CueModel cue;
  private final ContentModel content;
  private final SourceModel source;
  private final FilterModel filter;

  /**
   * A model of the given parts, without a source ranker.
   *
   * @param cue the cue model
   * @param content the content model, or null for rule-pattern content only
   */
  public AttributionModel(CueModel cue, ContentModel content) {
    this(cue, content, null);
  }

  /**
   * A model of the given parts.
   *
   * @param cue the cue model
   * @param content the content model, or null for rule-pattern content only
   * @param source the source ranker for the cues the content model reads alone, or null for the
   *     source the grammar reads ({@link org.quotekit.rules.SourceFinder#grammar()})
   */
  public AttributionModel(CueModel cue, ContentModel content, SourceModel source) {
    this(cue, content, source, null);
  }

  /**
   * A model of the given parts, with a filter.
   *
   * @param cue the cue model
   * @param content the content model, or null for rule-pattern content only
   * @param source the source ranker for the cues the content model reads alone, or null for the
   *     source the grammar reads ({@link org.quotekit.rules.SourceFinder#grammar()})
   * @param filter the filter of candidate attributions, or null to keep every candidate of a cue
   *     the cue model is sure enough of (as models without one did)
   */
  public AttributionModel(CueModel cue, ContentModel content, SourceModel source,
      FilterModel filter) {
    this.cue = Objects.requireNonNull(cue, "cue");
    this.content = content;
    this.source = source;
    this.filter = filter;
  }

  /**
   * The models bundled with QuoteKit, trained on the PolNeAR training split; read once per class
   * loader and shared (the model is immutable).
   *
   * @throws IOException when a resource is missing or corrupt
   */
  public static AttributionModel bundled() throws IOException {
    return Bundled.get();
  }

  /** The bundled model, read on first use. */
  private static final class Bundled {
    private static AttributionModel model;

    static synchronized AttributionModel get() throws IOException {
      if (model == null) {
        model = new AttributionModel(CueModel.bundled(), ContentModel.bundled(),
            SourceModel.bundled(), FilterModel.bundled());
      }
      return model;
    }
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}, or a cue model alone written by {@link
   * CueModel#write(OutputStream)}. The bytes are untrusted: each part is validated as {@link
   * CueModel#read(InputStream, String)} validates a cue model, and an archive must hold a cue
   * model, at most one of each part, and nothing else.
   *
   * @param in the model bytes; not closed
   * @param name names the model in error messages (a path or resource)
   * @throws IOException naming the model and saying what is wrong when it is not a valid model
   */
  public static AttributionModel read(InputStream in, String name) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"));
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    if (b0 != 'P' || b1 != 'K') {
      return new AttributionModel(CueModel.read(buffered, name), null);
    }
    ZipInputStream zip = new ZipInputStream(buffered);
    CueModel cue = null;
    ContentModel content = null;
    SourceModel source = null;
    FilterModel filter = null;
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      String part = name + "!" + e.getName();
      if (e.getName().equals(CUE_ENTRY) && cue == null) {
        cue = CueModel.read(zip, part);
      } else if (e.getName().equals(CONTENT_ENTRY) && content == null) {
        content = ContentModel.read(zip, part);
      } else if (e.getName().equals(SOURCE_ENTRY) && source == null) {
        source = SourceModel.read(zip, part);
      } else if (e.getName().equals(FILTER_ENTRY) && filter == null) {
        filter = FilterModel.read(zip, part);
      } else {
        throw new IOException("cannot read attribution model " + name + ": unexpected entry '"
            + e.getName() + "' (expected " + CUE_ENTRY + ", " + CONTENT_ENTRY + ", "
            + SOURCE_ENTRY + " and " + FILTER_ENTRY + ", once each)");
      }
    }
    if (cue == null) {
      throw new IOException("cannot read attribution model " + name + ": no " + CUE_ENTRY);
    }
    return new AttributionModel(cue, content, source, filter);
  }

  /** Writes the model as a ZIP archive to {@code out} (which is finished but not closed). */
  public void write(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    entry(zip, CUE_ENTRY, cue, CueModel::write);
    entry(zip, CONTENT_ENTRY, content, ContentModel::write);
    entry(zip, SOURCE_ENTRY, source, SourceModel::write);
    entry(zip, FILTER_ENTRY, filter, FilterModel::write);
    zip.finish();
  }

  /**
   * Writes {@code part}, when the model has it, as the entry {@code name}, with a fixed time so
   * that the same model always gives the same bytes.
   */
  private static <T> void entry(ZipOutputStream zip, String name, T part, PartWriter<T> writer)
      throws IOException {
    if (part != null) {
      ZipEntry e = new ZipEntry(name);
      e.setTime(0);
      zip.putNextEntry(e);
      writer.write(part, zip);
      zip.closeEntry();
    }
  }

  /** Writes a part of the model: the {@code write(OutputStream)} of its class. */
  @FunctionalInterface
  private interface PartWriter<T> {
    void write(T part, OutputStream out) throws IOException;
  }

  /** The cue model. */
  public CueModel cue() {
    return cue;
  }

  /** The content model, when the model has one. */
  public Optional<ContentModel> content() {
    return Optional.ofNullable(content);
  }

  /** The source ranker, when the model has one. */
  public Optional<SourceModel> source() {
    return Optional.ofNullable(source);
  }

  /** This model without its filter: the same cue, content and source parts. */
  public AttributionModel withoutFilter() {
    return filter == null ? this : new AttributionModel(cue, content, source);
  }

  /** The filter of candidate attributions, when the model has one. */
  public Optional<FilterModel> filter() {
    return Optional.ofNullable(filter);
  }
}
