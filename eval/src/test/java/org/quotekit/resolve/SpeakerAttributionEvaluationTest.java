package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.eval.PolnearDev;

/**
 * Speaker accuracy of issue 11 on the team's annotation in {@code testdata/speakers}: every
 * sourced gold attribution of 30 PolNeAR dev articles ({@code polnear-dev-attributions.tsv}) and
 * of 42 PolNeAR train articles ({@code polnear-train-attributions.tsv}, develop data only) and of
 * 28 more ({@code polnear-train-check-attributions.tsv}, a held-out check set), each skipped when
 * its split is absent, and the short articles the team wrote ({@code articles/}).
 * Prints, for the develop, the report and (of the trials) the sealed part, the share of right
 * speakers among the annotated attributions whose content the extractor found, among all
 * annotated attributions, and per failure class; asserts floors on the report and sealed parts. Measured under both bundled extractors,
 * {@code model} (the default, which finds more quotes, and with them more sources to resolve)
 * and {@code rules}, each with its own floors. A speaker is right as {@link
 * PolnearDevSpeakerSampleTest#sameSpeaker} defines it.
 */
class SpeakerAttributionEvaluationTest {
  private static final Path SPEAKERS = Path.of("..", "testdata", "speakers");
  private static final Path ARTICLES = SPEAKERS.resolve("articles");
  /** The articles of the new-user trials, from the fourteenth session on ({@code trials/}). */
  private static final Path TRIALS = SPEAKERS.resolve("trials");
  private static final String DEV_ROWS = "polnear-dev-attributions.tsv";
  private static final String TRAIN_ROWS = "polnear-train-attributions.tsv";
  private static final String CHECK_ROWS = "polnear-train-check-attributions.tsv";
  private static final String SECOND_ROWS = "polnear-train-develop2-attributions.tsv";
  private static final String THIRD_ROWS = "polnear-train-develop3-attributions.tsv";
  private static final String FOURTH_ROWS = "polnear-train-develop4-attributions.tsv";
  private static final String SEVENTH_ROWS = "polnear-train-develop7-attributions.tsv";
  private static final String EIGHTH_ROWS = "polnear-train-develop8-attributions.tsv";
  private static final String NINTH_ROWS = "polnear-train-develop9-attributions.tsv";
  private static final String FIFTH_ROWS = "polnear-train-heldout5-attributions.tsv";
  private static final String SIXTH_ROWS = "polnear-train-heldout6-attributions.tsv";
  private static final String TENTH_ROWS = "polnear-train-heldout10-attributions.tsv";
  private static final String ELEVENTH_ROWS = "polnear-train-develop11-attributions.tsv";
  private static final String TWELFTH_ROWS = "polnear-train-heldout12-attributions.tsv";
  private static final String THIRTEENTH_ROWS = "polnear-train-heldout13-attributions.tsv";
  private static final String FOURTEENTH_ROWS = "polnear-train-heldout14-attributions.tsv";
  private static final Map<String, QuoteExtractor> EXTRACTORS = new ConcurrentHashMap<>();

  /**
   * The extractor of that name with the default speaker resolver, built once. It fails on a
   * failing extractor or resolver instead of leaving a warning, so that a resolver that throws
   * on an article fails the evaluation rather than reading as wrong speakers.
   */
  static QuoteExtractor extractor(String name) {
    return EXTRACTORS.computeIfAbsent(name,
        n -> QuoteExtractor.builder().extractors(n).failOnExtractorError(true).build());
  }

  /**
   * One annotated attribution, with the quote that pairs with it (null when not found); {@code
   * row} names the annotation row ({@link #rowKey}), so that two readings of a set pair up.
   */
  record Judged(String row, String article, String part, String kind, String gold,
      String source, Quote quote, Speaker speaker) {
    boolean found() {
      return quote != null;
    }

    boolean right() {
      return found() && PolnearDevSpeakerSampleTest.sameSpeaker(gold, speaker);
    }
  }

  /** Right, found and all counts of one set of judged attributions. */
  record Score(int right, int found, int all) {
    double ofFound() {
      return found == 0 ? 0 : (double) right / found;
    }

    double ofAll() {
      return all == 0 ? 0 : (double) right / all;
    }

    static Score of(List<Judged> judged) {
      return new Score((int) judged.stream().filter(Judged::right).count(),
          (int) judged.stream().filter(Judged::found).count(), judged.size());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f of found (%d/%d), %.3f of all (%d/%d)", ofFound(),
          right, found, ofAll(), right, all);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"rules, 0.76, 0.76, 0.33", "model, 0.73, 0.73, 0.33"})
  void writtenArticlesReportPartMeetsTheFloors(String extractor, double ofFound, double ofAll,
      double perClass) throws IOException {
    List<Judged> judged = judgeArticles(extractor(extractor));
    Map<String, Score> report = print("written articles, " + extractor, judged);
    assertFloors(report, ofFound, ofAll, perClass);
  }

  /**
   * The new-user trials' articles: print every part and hold floors just under the figures
   * reached on the report part (the trials written in the latest round against its first build
   * and never studied) and on the sealed part (one trial kept from each round from the
   * fifty-sixth on, whose report is never read and which never joins the develop part).
   */
  @ParameterizedTest(name = "{0}")
  // Fourteenth round: report part (then trials E and F) model 276 -> 287 of 359 found. Fifteenth
  // round, report part trials I and J, the session's first code against its last: model 371 ->
  // 376 of 434 -> 435 found, rules 352 -> 362 of 425 -> 427 (E and F joined the develop part).
  // Sixteenth round, report part trials K and L (I and J joined the develop part): model 306 of
  // 372 found and rules 298 of 363 with the first code and the last alike. Eighteenth round,
  // report part trials M and N (K and L joined the develop part), the session's first code
  // against its last: model 337 -> 345 of 397 found, rules 328 -> 337 of 389. Nineteenth round,
  // report part trials O and P (M and N joined the develop part), the session's first code
  // against its last: model 375 -> 379 of 423 found, rules 371 -> 375 of 421. Twentieth round,
  // report part trials Q and R (O and P joined the develop part), the session's first code
  // against its last: model 313 -> 314 of 379 found, rules 298 -> 299 of 368. Twenty-first
  // round, report part trials S and T (Q and R joined the develop part), the session's first
  // code against its last: model 371 -> 380 of 426 found, rules 360 -> 369 of 423 (+7 of them
  // from court nouns as roles, a change found with a court article written in the round).
  // Twenty-second round, report part trials U, V and W (S and T joined the develop part): the
  // session's first code against its last: model 474 -> 473 of 554 found, rules 457 -> 455 of
  // 543 (the round's fixes, found on court, science and PolNeAR copy, did not carry over).
  // Twenty-third round, report part trials X, Y and Z (U, V and W joined the develop part): the
  // session's first code reads model 536 of 599 found, rules 516 of 581, and so does its last.
  // Twenty-fourth round, report part trials AA, AB and AC (X, Y and Z joined the develop part):
  // the session's first code reads model 521 of 597 found, rules 504 of 587, and its last 522
  // and 505. Twenty-fifth round, report part trials AD, AE and AF (AA, AB and AC joined the
  // develop part): the session's first code reads model 564 of 618 found, rules 559 of 610,
  // and its last 571 and 566. Twenty-sixth round, report part trials AG, AH and AI (AD, AE and
  // AF joined the develop part): the session's first code reads model 492 of 571 found, rules
  // 479 of 569, and so does its last. Twenty-seventh round, report part trials AJ, AK and AL
  // (AG, AH and AI joined the develop part): the session's first code reads model 504 of 564
  // found, rules 498 of 561, and so does its last. Twenty-eighth round, report part trials AM,
  // AN, AO and AP (AJ, AK and AL joined the develop part): the session's first code reads model
  // 709 of 765 found (.927; .924 of all), rules 687 of 754 (.911; .896), and so does its last.
  // Thirty-sixth round, report part trials AQ, AR and AS (AM, AN, AO and AP joined the develop
  // part): the session's first code reads model 579 of 635 found (.912; .903 of all), rules 563
  // of 628 (.896; .878). Thirty-seventh round, report part trials AT, AU and AV (AQ, AR and AS
  // joined the develop part; AT on documents and their issuers, AU East Asian and AV Eastern
  // European name styles): the session's first code reads model 473 of 573 found (.825; .814 of
  // all), rules 458 of 565 (.811; .788), the lowest blind reading since the twenty-second round;
  // its last 472 (.824; .812) and 457 (.809; .787). Thirty-eighth round, report part trials
  // AW, AX and AY (AT, AU and AV joined the develop part; Latin American and Iberian, Western
  // and Northern European, African and Middle Eastern outlets): the session's first code reads
  // model 527 of 629 found (.838; .834 of all), rules 514 of 622 (.826; .813); its last 528
  // (.839; .835) and 515 (.828; .815). Thirty-ninth round, report part trials AZ, BA and BB
  // (AW, AX and AY joined the develop part; South and Southeast Asian, Australian, New Zealand
  // and Pacific outlets, and copy built around spoken exchanges): the session's first code reads
  // model 548 of 626 found (.875; .871 of all), rules 536 of 618 (.867; .852); its last 554
  // (.885; .881) and 542 (.877; .862). Fortieth round, report part trials BC, BD and BE (AZ, BA
  // and BB joined the develop part; US state-house and Washington desks, obituaries and
  // profiles, and wire copy relaying other media): the session's first code reads model 568 of
  // 644 found (.882; .874 of all), rules 547 of 631 (.867; .842); its last the same.
  // Forty-first round, report part trials BF, BG and BH (BC, BD and BE joined the develop part;
  // second sets written from BC's, BD's and BE's briefs, to tell whether a round's fixes hold
  // within a kind of copy): the session's first code reads model 543 of 619 found (.877; .867 of
  // all), rules 529 of 606 (.873; .845); its last 546 (.882; .872) and 534 of 608 (.878; .853).
  // Forty-second round, report part trials BI, BJ and BK (BF, BG and BH joined the develop part;
  // sports desks, business and markets desks, courts and crime desks): the session's first code
  // reads model 490 of 544 found (.901; .889 of all), rules 478 of 535 (.893; .868); its last 492
  // (.904; .893) and 480 (.897; .871). Forty-third round, report part trials BL, BM and BN (BI,
  // BJ and BK joined the develop part; partisan and digital-first political sites, local
  // government desks, science and health desks): the session's first code reads model 510 of
  // 552 found (.924; .916 of all), rules 480 of 534 (.899; .862); its last the same. Forty-fourth
  // round, report part trials BO, BP and BQ (BL, BM and BN joined the develop part; US national
  // political desks, political analysis and fact-check pieces, wire political copy): the
  // session's first code reads model 491 of 560 found (.877; .869 of all), rules 479 of 554
  // (.865; .848); its last 492 of 561 (.877; .871) and 480 of 555 (.865; .850). Forty-fifth
  // round, report part trials BR, BS and BT (BO, BP and BQ joined the develop part; US metro and
  // local-government desks, economics and regulatory desks, foreign and national-security
  // desks): the session's first code reads model 580 of 657 found (.883; .875 of all), rules 571
  // of 652 (.876; .861); its last the same; the forty-sixth round's last 584 (.889; .881) and 575
  // (.882; .867). Forty-seventh round, report part trials BU, BV and BW (BR, BS and BT joined the
  // develop part; statehouse desks, campaign-trail and polling desks, media and technology
  // desks): the session's first code reads model 585 of 628 found (.932; .930 of all), rules 572
  // of 624 (.917; .909); its last the same. Fifty-second round, report part trials BX, BY and BZ
  // (BU, BV and BW joined the develop part; education and labour desks, energy, climate and
  // transport policy desks with their documents, US national political news and analysis): the
  // session's first code (59ced6af) reads model 503 of 610 found (.825; .817 of all), rules 486
  // of 600 (.810; .789); its last 504 (.826; .818) and 487 (.812; .791). Fifty-third round,
  // report part trials CA, CB and CC (BX, BY and BZ joined the develop part; local TV and radio
  // station websites, pharmaceutical and health-policy trade press, British and Irish politics
  // desks): the session's first code (b447e274) reads model 537 of 618 found (.869; .863 of
  // all), rules 519 of 609 (.852; .834); its last 541 (.875; .870) and 523 (.859; .841).
  // Fifty-fourth round, report part trials CD, CE and CF (CA, CB and CC joined the develop part;
  // military, veterans and defence-industry desks, technology, startup and cryptocurrency desks,
  // press releases as issued and the news stories rewritten from them): the session's first
  // code (15237d51) reads model 500 of 545 found (.917; .906 of all), rules 493 of 547 (.901;
  // .893); its last the same (the round's develop gains, +69 and +66 rows, moved none of them).
  // Fifty-fifth round, report part trials CG, CH and CI (CD, CE and CF joined the develop part;
  // weather, disaster and accident desks in Asia, Africa, the Pacific and the Caribbean, arts
  // and entertainment desks, small-town weeklies and hyperlocal sites): the session's first code
  // (c2fc947a) reads model 536 of 594 found (.902; .898 of all), rules 521 of 589 (.885; .873);
  // its last the same (the round's develop gains, +32 and +32 rows, moved none of them).
  // Fifty-sixth round, report part trials CJ, CK and CL (CG and CH joined the develop part;
  // trade press, campus papers, news-in-brief roundups); trial CI is the first of the sealed
  // part, never studied, read at 8e8aa60d: model 160 of 176 found (.909; .909 of all), rules 157
  // of 175 (.897; .892). The session's first code threw on one new article under the model
  // extractor (a cue read inside an apposition), so its reading is taken with that one fix
  // alone: model 540 of 605 found (.893; .890 of all), rules 525 of 601 (.874; .865).
  // Fifty-seventh round, report part trials CM, CN and CO (CJ and CK joined the develop part;
  // national news agencies' English services, earnings calls and analysts' notes, niche sports
  // desks); trial CL joined the sealed part (CI and CL, never studied). The session's first code
  // (e6963cc0) reads the report part model 472 of 537 found (.879; .868 of all), rules 466 of
  // 533 (.874; .857), and the sealed part model 323 of 363 (.890; .887), rules 311 of 361
  // (.861; .854). Fifty-eighth round, report part trials CP, CQ and CR (CN and CO joined the
  // develop part; diaspora and community papers, write-ups of broadcast interviews, legal-affairs
  // desks); trial CM joined the sealed part (CI, CL and CM, never studied). The session's first
  // code (8425c3ef) reads the report part model 534 of 591 found (.904; .887 of all), rules 520
  // of 580 (.897; .864), and the sealed part model 478 of 552 (.866; .863), rules 465 of 550
  // (.845; .839). Fifty-ninth round, report part trials CS, CT and CU (CQ and CR joined the
  // develop part; property and construction, farming and fisheries, travel and aviation desks);
  // trial CP joined the sealed part (CI, CL, CM and CP, never studied). The session's first code
  // (89ea578f) reads the report part model 549 of 586 found (.937; .923 of all), rules 542 of
  // 581 (.933; .911), and the sealed part model 655 of 761 (.861; .857), rules 638 of 755
  // (.845; .835). The round's joint speakers ("Ana Ruiz and Ben Cole said" as one group) gain
  // eight develop rows under each extractor and cost one sealed row under each (the figure
  // only: sealed rows are not read), so the model's sealed floor is .855. Sixtieth round, report
  // part trials CV, CW and CX (CS and CU joined the develop part; English-language papers of the
  // Caribbean, hearings and testimony, space and aerospace desks); trial CT joined the sealed
  // part (CI, CL, CM, CP and CT, never studied). The session's first code (05ff90c4) reads the
  // report part model 519 of 563 found (.922; .911 of all), rules 502 of 555 (.905; .881), and
  // the sealed part model 859 of 973 (.883; .878), rules 839 of 965 (.869; .858); its last code
  // the same report part and the sealed part two rows higher under each extractor. Sixty-first
  // round, report part trials CY, CZ and DA (CV and CX joined the develop part; food and drink,
  // insurance and pensions, archaeology and heritage desks); trial CW joined the sealed part (CI,
  // CL, CM, CP, CT and CW, never studied). The session's first code (a1da9d37) reads the report
  // part model 552 of 592 found (.932; .929 of all), rules 550 of 589 (.934; .926), and the
  // sealed part model 1,039 of 1,169 (.889; .885), rules 1,014 of 1,159 (.875; .864); its last
  // code the same report part and the sealed part three rows higher under model, two under rules.
  // Sixty-second round, report part trials DB, DC and DD (CY and CZ joined the develop part;
  // gambling and betting, maritime and shipping, animal-welfare and veterinary desks); trial DA
  // joined the sealed part (CI, CL, CM, CP, CT, CW and DA, never studied). The session's first
  // code (faecc956) reads the report part model 529 of 586 found (.903; .885 of all), rules 521
  // of 586 (.889; .871), and the sealed part model 1,199 of 1,337 (.897; .893), rules 1,172 of
  // 1,327 (.883; .873); its last code the same on both parts. Sixty-third round, report part
  // trials DE, DF and DG (DB and DD joined the develop part; fashion and luxury, water and
  // utilities, video-game and esports desks); trial DC joined the sealed part (CI, CL, CM, CP,
  // CT, CW, DA and DC, never studied). The session's first code (39c0629f) reads the report part
  // model 550 of 589 found (.934; .931 of all), rules 528 of 574 (.920; .893), and the sealed
  // part model 1,385 of 1,538 (.901; .896), rules 1,355 of 1,529 (.886; .877); its last code the
  // same on both parts. Sixty-fourth round, report part trials DH, DI and DJ (DE and DG joined
  // the develop part; religion and faith, labour and workplace, police, fire and emergency
  // desks); trial DF joined the sealed part (CI, CL, CM, CP, CT, CW, DA, DC and DF, never
  // studied). The session's first code (61bfc838) reads the report part model 567 of 602 found
  // (.942; .939 of all), rules 556 of 596 (.933; .921), and the sealed part model 1,602 of 1,763
  // (.909; .905), rules 1,569 of 1,753 (.895; .886); its last code the report part one row lower
  // under each extractor (566, 555) and the sealed part one row higher (1,603, 1,570).
  // Sixty-fifth round, report part trials DK, DL and DM (DH and DJ joined the develop part; tax,
  // audit and insolvency desks, the English-language press of the Nordic and Baltic countries,
  // chemicals, nuclear and heavy-industry desks); trial DI joined the sealed part (CI, CL, CM,
  // CP, CT, CW, DA, DC, DF and DI, never studied). The session's first code (e56e4518) reads the
  // report part model 561 of 626 found (.896; .895 of all), rules 551 of 622 (.886; .879), and
  // the sealed part model 1,807 of 1,973 (.916; .911), rules 1,771 of 1,962 (.903; .893); its
  // last code the report part one row higher under each extractor (562, 552) and the sealed part
  // one row higher (1,808, 1,772). The report part reads lower than those of the rounds before
  // (.903 to .942 of found under model since the fifty-eighth), so its floors fall to just under
  // it; the sealed floors rise to just under the sealed part's figures. Sixty-sixth round,
  // report part trials DN, DO and DP (DL and DM joined the develop part; Canadian national and
  // regional news, competition and consumer-protection desks, human-rights, United Nations and
  // international-justice desks); trial DK joined the sealed part (CI, CL, CM, CP, CT, CW, DA,
  // DC, DF, DI and DK, never studied). The session's first code (d0c8fea6) reads the report part
  // model 563 of 626 found (.899; .888 of all), rules 556 of 625 (.890; .877), and the sealed
  // part model 1,987 of 2,187 (.909; .904), rules 1,946 of 2,174 (.895; .886): DK, the weakest
  // of last round's three by its helper's count, lowers the sealed part, so its floors fall to
  // just under it; its last code the report part two rows higher under each extractor (565,
  // 558) and the sealed part three (1,990, 1,949). Sixty-seventh round, report part trials DQ,
  // DR and DS (DO and DP joined the develop part; Indian city and state news, central banking
  // and sovereign-debt, media-industry and press-freedom desks); trial DN joined the sealed part
  // (CI, CL, CM, CP, CT, CW, DA, DC, DF, DI, DK and DN, never studied). The session's first code
  // (ac7863a8) reads the report part model 514 of 567 found (.907; .895 of all), rules 510 of
  // 559 (.912; .889), and the sealed part model 2,214 of 2,429 (.911; .907), rules 2,175 of
  // 2,416 (.900; .891); the floors stay. Its last code reads the report part the same (514,
  // 510) and the sealed part six rows more under each extractor (2,220, 2,181): three by the
  // code, three by four gold heads the old converter took from a participle, repaired by script.
  // Sixty-eighth round, report part trials DT, DU and DV (DQ and DR joined the develop part;
  // Pacific Islands news, books and publishing, science and climate-research desks); trial DS
  // joined the sealed part by lot (CI, CL, CM, CP, CT, CW, DA, DC, DF, DI, DK, DN and DS). The
  // session's first code (ca0824fe) reads the report part model 599 of 647 found (.926; .923 of
  // all), rules 587 of 643 (.913; .904), and the sealed part model 2,403 of 2,627 (.915; .910),
  // rules 2,358 of 2,611 (.903; .893); the floors stay. Its last code reads the report part the
  // same (599, 587) and the sealed part two rows more under each extractor (2,405, 2,360).
  // Sixty-ninth round, report part trials DW, DX and DY (DT and DU joined the develop part; Gulf
  // and Arab English-language news, US city-hall and school-board desks, press-conference and
  // interview transcripts); trial DV joined the sealed part by lot (CI, CL, CM, CP, CT, CW, DA,
  // DC, DF, DI, DK, DN, DS and DV). The session's first code (8d26c0fb) reads the report part
  // model 502 of 570 found (.881; .873 of all), rules 489 of 565 (.865; .850), under both
  // floors, and the sealed part model 2,614 of 2,854 (.916; .912), rules 2,564 of 2,836 (.904;
  // .894). Its last code reads the report part model 520 (.912; .904) and rules 508 (.899;
  // .883), above them, mostly through transcript fixes first probed with text of the session's
  // own in the style the DY brief asked for (so the report part is less blind to that desk than
  // to the other two), and the sealed part the same; the floors stay. Seventieth round, report
  // part trials DZ, EA and EB (DX and DY joined the develop part; US political-advertising and
  // campaign-finance desks, Southern and East African news desks, partisan political news sites
  // and aggregators, two of them written close to PolNeAR's news); trial DW joined the sealed
  // part by lot (CI, CL, CM, CP, CT, CW, DA, DC, DF, DI, DK, DN, DS, DV and DW). The session's
  // first code (0c3473f3) reads the report part model 580 of 658 found (.881; .867 of all),
  // rules 564 of 643 (.877; .843), under the floors, and the sealed part model 2,770 of 3,035
  // (.913; .908), rules 2,716 of 3,015 (.901; .890). Its last code reads the report part one
  // row lower under each extractor (579, 563) and the sealed part one row higher (2,771,
  // 2,717). No change was made from this report part, so its floors fall to just under it, as
  // in the sixty-fifth round. Seventy-first round, report part trials EC, ED and EE (DZ and EB
  // joined the develop part; Capitol Hill and congressional desks, Caribbean news desks, US
  // election-night and vote-count desks); trial EA joined the sealed part by lot (CI, CL, CM,
  // CP, CT, CW, DA, DC, DF, DI, DK, DN, DS, DV, DW and EA). The session's first code (455907d5)
  // reads the report part model 559 of 619 found (.903; .894 of all), rules 554 of 613 (.904;
  // .886), and the sealed part model 2,941 of 3,231 (.910; .906), rules 2,882 of 3,207 (.899;
  // .888). Its last code reads the report part the same under model and one row higher under
  // rules (555), and the sealed part the same under model and five rows higher under rules
  // (2,887). The report part reads above the floors the seventieth round lowered, so they
  // return to the sixty-ninth round's.
  // Seventy-second round, report part trials EF, EG and EH (ED and EE joined the develop part;
  // Australian and New Zealand political desks, US investigative and accountability desks,
  // Scottish, Welsh and Northern Irish political desks); trial EC joined the sealed part by lot
  // (CI, CL, CM, CP, CT, CW, DA, DC, DF, DI, DK, DN, DS, DV, DW, EA and EC). The session's first
  // code (b89f017a) reads the report part model 538 of 585 found (.920; .912 of all), rules 528
  // of 583 (.906; .895), and the sealed part model 3,144 of 3,456 (.910; .905), rules 3,086 of
  // 3,428 (.900; .889). Its last code reads the report part one row higher under each extractor
  // (539, 529) and the sealed part one row higher under each (3,145, 3,087); the floors stay.
  @CsvSource({"rules, 0.885, 0.87, 0.89, 0.88", "model, 0.895, 0.885, 0.905, 0.90"})
  void trialArticlesReportAndSealedPartsMeetTheFloors(String extractor, double ofFound,
      double ofAll, double sealedOfFound, double sealedOfAll) throws IOException {
    List<Judged> judged = judgeArticles(TRIALS, extractor(extractor));
    Map<String, Score> report = print("trial articles, " + extractor, judged);
    assertThat(judged).as("annotated trial attributions").hasSizeGreaterThanOrEqualTo(10000);
    assertFloors("report part", report, ofFound, ofAll, 0);
    assertFloors("sealed part", scores(judged, "sealed"), sealedOfFound, sealedOfAll, 0);
  }

  @ParameterizedTest(name = "{0}")
  // model per class 0.47 -> 0.44: the model's attribution filter keeps fewer quotes; the
  // document class is 8/18 of found. 0.44 -> 0.38: with the content labeller's random field
  // it is 7/18 (one row; the part as a whole 152/199 -> 150/200 of found). 0.75 -> 0.74 and
  // 0.755 -> 0.75: the resolver rules of 2026-12-01 (seventh session), which gained about 45
  // develop rows, read 151 -> 148 (model) and 127 -> 126 (rules) of found here, read once at the
  // end and never studied (CHANGELOG: the develop gains did not carry over to held-out data).
  // 0.38 -> 0.36: with a dash written close between words a token of its own (eighth session)
  // one more document quote is found, its speaker wrong (7/18 -> 7/19; the right ones the same)
  @CsvSource({"rules, 0.75, 0.535, 0.54", "model, 0.74, 0.625, 0.36"})
  void polnearDevReportPartMeetsTheFloors(String extractor, double ofFound, double ofAll,
      double perClass) throws IOException {
    Path dir = PolnearDev.dir("the speaker attributions of issue 11");
    List<Judged> judged = judgePolnear(dir, DEV_ROWS, extractor(extractor));
    Map<String, Score> report = print("PolNeAR dev, 30 articles, " + extractor, judged);
    assertThat(judged).as("annotated attributions").hasSizeGreaterThanOrEqualTo(400);
    assertFloors(report, ofFound, ofAll, perClass);
  }

  /**
   * The eight train develop sets: every sourced attribution of 42 PolNeAR train articles, and of
   * 10, 14, 14, 14, 28, 26 and 28 further ones annotated blind on 2026-12-01 (their first
   * readings held out, develop data since). Each prints its figures per class and its misses,
   * and holds the develop figure reached as a floor against regressions.
   */
  @ParameterizedTest(name = "{0}, {2}")
  @CsvSource({"train set, " + TRAIN_ROWS + ", rules, 0.845, 0.605",
      "train set, " + TRAIN_ROWS + ", model, 0.855, 0.745",
      "second train set, " + SECOND_ROWS + ", rules, 0.86, 0.685",
      "second train set, " + SECOND_ROWS + ", model, 0.89, 0.82",
      "third train set, " + THIRD_ROWS + ", rules, 0.89, 0.60",
      "third train set, " + THIRD_ROWS + ", model, 0.895, 0.78",
      "fourth train set, " + FOURTH_ROWS + ", rules, 0.81, 0.575",
      "fourth train set, " + FOURTH_ROWS + ", model, 0.85, 0.74",
      "seventh train set, " + SEVENTH_ROWS + ", rules, 0.755, 0.57",
      "seventh train set, " + SEVENTH_ROWS + ", model, 0.825, 0.75",
      "eighth train set, " + EIGHTH_ROWS + ", rules, 0.805, 0.60",
      "eighth train set, " + EIGHTH_ROWS + ", model, 0.82, 0.725",
      "ninth train set, " + NINTH_ROWS + ", rules, 0.805, 0.54",
      "ninth train set, " + NINTH_ROWS + ", model, 0.835, 0.73",
      "eleventh train set, " + ELEVENTH_ROWS + ", rules, 0.795, 0.52",
      "eleventh train set, " + ELEVENTH_ROWS + ", model, 0.805, 0.68"})
  void polnearTrainDevelopSetsPrintTheirFigures(String set, String rows, String extractor,
      double ofFound, double ofAll) throws IOException {
    Path dir = PolnearDev.trainDir("the speaker attributions of PolNeAR train (issue 11)");
    List<Judged> judged = judgePolnear(dir, rows, extractor(extractor));
    print("PolNeAR " + set + ", " + extractor, judged);
    assertThat(judged).as("annotated attributions of the %s", set).isNotEmpty()
        .allMatch(j -> j.part().equals("develop"));
    Score all = Score.of(judged);
    // Of found and of all: a model extractor that finds more quotes may lower the first (the
    // new ones are the harder ones) while raising the second; neither may fall below its floor.
    assertThat(all.ofFound()).as("%s, right of found: %s", set, all)
        .isGreaterThanOrEqualTo(ofFound);
    assertThat(all.ofAll()).as("%s, right of all: %s", set, all)
        .isGreaterThanOrEqualTo(ofAll);
  }

  /**
   * The check set (every sourced attribution of 28 other PolNeAR train articles, all report
   * data, annotated before the resolver changes it measures): prints its figures per class, never
   * its misses, and holds floors just under the figures reached.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"rules, 0.685, 0.53, 0.44", "model, 0.74, 0.65, 0.55"})
  void polnearTrainCheckSetMeetsTheFloors(String extractor, double ofFound, double ofAll,
      double perClass) throws IOException {
    Path dir = PolnearDev.trainDir("the held-out speaker check set of PolNeAR train (issue 11)");
    List<Judged> judged = judgePolnear(dir, CHECK_ROWS, extractor(extractor));
    Map<String, Score> report = print("PolNeAR train check set, " + extractor, judged);
    assertThat(judged).as("annotated check attributions").hasSizeGreaterThanOrEqualTo(400)
        .allMatch(j -> j.part().equals("report"));
    assertFloors(report, ofFound, ofAll, perClass);
  }

  /**
   * The fifth, sixth, tenth, twelfth, thirteenth and fourteenth train sets (every sourced
   * attribution of 14, 14, 20, 24, 40 and 40 further PolNeAR train articles, all report data,
   * each annotated blind without sight of the resolver's output): print their figures per class,
   * never their misses, and hold floors just under the figures reached.
   */
  @ParameterizedTest(name = "{0}, {2}")
  @CsvSource({"fifth train set, " + FIFTH_ROWS + ", rules, 0.815, 0.625, 0.63",
      "fifth train set, " + FIFTH_ROWS + ", model, 0.84, 0.755, 0.62",
      "sixth train set, " + SIXTH_ROWS + ", rules, 0.77, 0.5, 0.4",
      "sixth train set, " + SIXTH_ROWS + ", model, 0.815, 0.675, 0.57",
      "tenth train set, " + TENTH_ROWS + ", rules, 0.765, 0.525, 0",
      "tenth train set, " + TENTH_ROWS + ", model, 0.81, 0.70, 0.2",
      // Thirty-seventh round: the twelfth set's document class fell to 6 of 19 found (rules) and
      // 10 of 26 (model) from 9 and 12, with the source stage's possessive fix ("according to
      // its ...": the whole phrase, not the pronoun, is the source now); floors set to it.
      "twelfth train set, " + TWELFTH_ROWS + ", rules, 0.76, 0.525, 0.30",
      "twelfth train set, " + TWELFTH_ROWS + ", model, 0.795, 0.70, 0.38",
      "thirteenth train set, " + THIRTEENTH_ROWS + ", rules, 0.755, 0.535, 0.37",
      "thirteenth train set, " + THIRTEENTH_ROWS + ", model, 0.79, 0.69, 0.46",
      // Forty-third round, first reading (62e156f): rules 348 of 433 found (.804 / .589), model
      // 415 of 508 (.817 / .702); its one variant row is wrong, so no class floor.
      "fourteenth train set, " + FOURTEENTH_ROWS + ", rules, 0.80, 0.585, 0",
      "fourteenth train set, " + FOURTEENTH_ROWS + ", model, 0.81, 0.70, 0"})
  void polnearTrainHeldOutSetsMeetTheFloors(String set, String rows, String extractor,
      double ofFound, double ofAll, double perClass) throws IOException {
    Path dir = PolnearDev.trainDir("the held-out speaker sets of PolNeAR train (issue 11)");
    List<Judged> judged = judgePolnear(dir, rows, extractor(extractor));
    Map<String, Score> report = print("PolNeAR " + set + ", " + extractor, judged);
    assertThat(judged).as("annotated attributions of the %s", set).hasSizeGreaterThanOrEqualTo(200)
        .allMatch(j -> j.part().equals("report"));
    assertFloors(report, ofFound, ofAll, perClass);
  }

  private static void assertFloors(Map<String, Score> report, double ofFound, double ofAll,
      double perClass) {
    assertFloors("report part", report, ofFound, ofAll, perClass);
  }

  private static void assertFloors(String part, Map<String, Score> scores, double ofFound,
      double ofAll, double perClass) {
    assertThat(scores).as("%s: annotated attributions", part).containsKey("all");
    Score all = scores.get("all");
    assertThat(all.ofFound()).as("%s, right of found: %s", part, all)
        .isGreaterThanOrEqualTo(ofFound);
    assertThat(all.ofAll()).as("%s, right of all: %s", part, all)
        .isGreaterThanOrEqualTo(ofAll);
    scores.forEach((k, s) -> assertThat(s.ofFound()).as("%s, class %s: %s", part, k, s)
        .isGreaterThanOrEqualTo(perClass));
  }

  /** Prints both parts, overall and per class; returns the report part's scores by class. */
  static Map<String, Score> print(String title, List<Judged> judged) {
    Map<String, Score> report = new LinkedHashMap<>();
    for (String part : List.of("develop", "report", "sealed")) {
      Map<String, Score> scores = scores(judged, part);
      if (scores.isEmpty()) {
        continue;
      }
      System.out.printf(Locale.ROOT, "Speakers, %s, %s part: %s%n", title, part,
          scores.get("all"));
      scores.forEach((k, v) -> {
        if (!k.equals("all")) {
          System.out.printf(Locale.ROOT, "  %-13s %s%n", k, v);
        }
      });
      if (part.equals("develop")) {
        // Misses are listed for the develop part only: the report and sealed parts are held
        // out, read as figures and never studied (issue 11).
        judged.stream().filter(j -> j.part().equals(part) && j.found() && !j.right())
            .forEach(j -> System.out.printf(
            Locale.ROOT, "  wrong %s %s %d-%d [%s]: %s, got [%s] %s%n", j.kind(), j.article(),
            j.quote().content().start(), j.quote().content().end(), j.source(), j.gold(),
            j.quote().source().map(Span::text).orElse(""),
            j.speaker() == null ? "no speaker" : j.speaker().name() + " (" + j.speaker().kind()
                + ")"));
      }
    }
    return scores(judged, "report");
  }

  /**
   * The scores of one part: "all" first, then one per class in name order; empty when the part
   * has no row.
   */
  static Map<String, Score> scores(List<Judged> judged, String part) {
    List<Judged> in = judged.stream().filter(j -> j.part().equals(part)).toList();
    Map<String, Score> scores = new LinkedHashMap<>();
    if (in.isEmpty()) {
      return scores;
    }
    scores.put("all", Score.of(in));
    Map<String, List<Judged>> byClass = new TreeMap<>();
    in.forEach(j -> byClass.computeIfAbsent(j.kind(), k -> new ArrayList<>()).add(j));
    byClass.forEach((k, v) -> scores.put(k, Score.of(v)));
    return scores;
  }

  /** The annotated attributions of the written articles, judged. */
  static List<Judged> judgeArticles(QuoteExtractor extractor) throws IOException {
    return judgeArticles(ARTICLES, extractor);
  }

  /** The annotated attributions of the written articles in {@code dir}, judged. */
  static List<Judged> judgeArticles(Path dir, QuoteExtractor extractor) throws IOException {
    List<Judged> out = new ArrayList<>();
    Map<String, Extraction> done = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String[] f : rows(dir.resolve("speakers.tsv"), 5)) {
      String text = texts.computeIfAbsent(f[0], a -> read(dir.resolve(a + ".txt")));
      Extraction x = done.computeIfAbsent(f[0], a -> extractor.extract(Article.of(a, text)));
      int at = text.indexOf(f[2]);
      assertThat(at).as("content '%s' in %s", f[2], f[0]).isNotNegative();
      assertThat(text.indexOf(f[2], at + 1)).as("content '%s' once in %s", f[2], f[0])
          .isNegative();
      out.add(judged(f[0] + "|" + f[2], f[0], f[1], f[3], f[4], "", x,
          List.of(Span.of(text, at, at + f[2].length())), List.of()));
    }
    return out;
  }

  /**
   * The annotated PolNeAR attributions of a rows file in {@code testdata/speakers}, judged on the
   * texts of a split's folder (rows annotated - left out).
   */
  static List<Judged> judgePolnear(Path dir, String rowsFile, QuoteExtractor extractor)
      throws IOException {
    List<Judged> out = new ArrayList<>();
    /** An annotated article's text and what the extractor made of it, read once. */
    record Read(String text, Extraction x) {}
    Map<String, Read> done = new LinkedHashMap<>();
    for (String[] f : rows(SPEAKERS.resolve(rowsFile), 10)) {
      if (f[9].equals("-")) {
        continue;
      }
      Read read = done.computeIfAbsent(f[0], a -> {
        Path file = dir.resolve("text").resolve(a + ".txt");
        assertThat(file).as("text of annotated article %s in %s", a, dir).isRegularFile();
        String t = read(file);
        return new Read(t, extractor.extract(Article.of(a, t)));
      });
      String text = read.text();
      Extraction x = read.x();
      int cs = Integer.parseInt(f[1]);
      int ce = Integer.parseInt(f[2]);
      int ks = Integer.parseInt(f[3]);
      int ke = Integer.parseInt(f[4]);
      String source = text.substring(Integer.parseInt(f[5]), Integer.parseInt(f[6]))
          .replaceAll("\\s+", " ");
      out.add(judged(rowKey(f), f[0], f[8], f[7], f[9], source, x,
          List.of(Span.of(text, cs, ce)), ks < 0 ? List.of() : List.of(Span.of(text, ks, ke))));
    }
    return out;
  }

  /**
   * Pairs an annotated attribution with the predicted quote whose content pieces overlap it, the
   * one whose cue overlaps the annotated cue first, then the one with the longest overlap (a gap
   * between a quote's pieces, such as the reported speech cut out of a transcript turn, is no
   * part of it).
   */
  private static Judged judged(String row, String article, String part, String kind,
      String gold, String source, Extraction x, List<Span> content, List<Span> cue) {
    Quote best = paired(x, content, cue);
    Speaker s = best == null ? null : x.speakerOf(best).orElse(null);
    return new Judged(row, article, part, kind, gold, source, best, s);
  }

  /**
   * The predicted quote an annotated attribution pairs with ({@link #judged}), or null when no
   * quote's content pieces overlap it.
   */
  static Quote paired(Extraction x, List<Span> content, List<Span> cue) {
    Quote best = null;
    long bestScore = 0;
    for (Quote q : x.quotes()) {
      long overlap = 0;
      for (Span c : content) {
        for (Span p : q.parts()) { // the quote's words: not a gap between its pieces
          overlap += Math.max(0, Math.min(c.end(), p.end()) - Math.max(c.start(), p.start()));
        }
      }
      if (overlap == 0) {
        continue;
      }
      boolean cueHit = q.cue().map(c -> cue.stream().anyMatch(k -> k.start() < c.span().end()
          && c.span().start() < k.end())).orElse(false);
      long score = (cueHit ? 1L << 32 : 0) + overlap;
      if (score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    return best;
  }

  /** The key of a PolNeAR speaker row: its article, content and source offsets. */
  static String rowKey(String[] f) {
    return String.join("|", f[0], f[1], f[2], f[5], f[6]);
  }

  /** The rows of an annotation file, comments and blank lines left out, each with its fields. */
  static List<String[]> rows(Path file, int fields) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertThat(f).as("fields of line '%s' in %s", line, file).hasSize(fields);
      out.add(f);
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
