/**
 * The extraction engine: actors (people, organisations, places), temporal expressions with TIMEX3
 * values, and attributed quotes, from an article body.
 *
 * <p>Entry point: {@code NlpExtractor.shared().extract(body, publishedOrNull)}, safe from several
 * threads; the CoreNLP pipeline (about 230 MB of heap) loads once on first use or on
 * {@code warmUp()}. Bodies over {@code NlpExtractor.MAX_CHARS} are refused with an
 * {@link java.lang.IllegalArgumentException}. With a null published date the engine infers it
 * when the text states it ({@code Extraction.publishedInferred()}); otherwise relative dates keep
 * {@code XXXX} values, and calling {@code extract} again with a date resolves them.
 * {@code ExtractionJson.toJson} gives the JSON contract of {@code newslens extract}, and
 * {@code NameKeys.key} the cross-article identity key of a name. Store results with
 * {@code Extractor.version()} and re-run when it changes.
 *
 * <p>Inside: {@code Pipeline} (CoreNLP), {@code ActorResolver}, {@code RoleFinder},
 * {@code DateResolver} (running {@code TimexGrammar}, {@code TimexComposer}, {@code NotADate}, {@code Tense} +
 * {@code Direction}, {@code NarrativeTime}; decision 0008), {@code QuoteFinder} +
 * {@code Attribution}, {@code PublishedDateInference}. See docs/decisions/0003-nlp-engine.md.
 */
package org.newslens.extract;
