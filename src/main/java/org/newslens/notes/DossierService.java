package org.newslens.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newslens.model.ActorRef;
import org.newslens.model.Article;
import org.newslens.model.ArticleExtraction;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.AnnotationRepository;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;

/** Builds a {@link Dossier} for one person. */
public final class DossierService {
    private final Database db;
    private final ActorStore actors;
    private final ArticleStore articles;
    private final ExtractionStore extractions;
    private final AnnotationQuery annotations;

    public DossierService(Database db) {
        this.db = db;
        this.actors = new ActorStore(db);
        this.articles = new ArticleStore(db);
        this.extractions = new ExtractionStore(db);
        this.annotations = new AnnotationQuery(db);
    }

    /**
     * The dossier of the person called {@code nameOrId} (see {@code ActorStore.lookup}). Throws
     * {@link org.newslens.store.UnknownActorException} when no actor matches, IllegalArgumentException
     * when several people do.
     */
    public Dossier build(String nameOrId) {
        return build(one(nameOrId));
    }

    public Dossier build(ActorRef person) {
        List<Dossier.Entry> entries = new ArrayList<>();
        for (long id : articleIds(person.id())) {
            Optional<Article> found = articles.find(id);
            if (found.isEmpty()) {
                continue;
            }
            Article a = found.get();
            ArticleExtraction x = extractions.load(id);
            ArticleExtraction.ArticleActor self = x.actors().stream().filter(act -> act.actorId() == person.id()).findFirst().orElse(null);
            if (self == null) {
                continue;
            }
            List<Dossier.Quote> quotes = x.quotes().stream()
                    .filter(q -> q.speakerActorId() != null && q.speakerActorId() == person.id())
                    .map(q -> new Dossier.Quote(q.text(), q.start(), q.end())).toList();
            List<Dossier.DatedSentence> dated = x.dates().stream()
                    .filter(d -> d.actors().contains(self.name()))
                    .map(d -> new Dossier.DatedSentence(d.text(), d.value(), d.type(), d.day(), sentence(a.body(), d))).toList();
            AnnotatedArticle notes = annotations.load(id).orElseThrow();
            entries.add(new Dossier.Entry(a.summary(), self.name(), self.roles(), quotes, dated, notes.note(), notes.highlights()));
        }
        return new Dossier(person, entries);
    }

    private ActorRef one(String nameOrId) {
        List<ActorRef> found = People.resolve(actors, nameOrId);
        List<ActorRef> people = found.stream().filter(a -> "PERSON".equals(a.type())).toList();
        List<ActorRef> candidates = people.isEmpty() ? found : people;
        if (candidates.size() > 1) {
            StringBuilder names = new StringBuilder();
            for (ActorRef a : candidates) {
                names.append(names.length() > 0 ? ", " : "").append(a.name()).append(" (#").append(a.id()).append(')');
            }
            throw new IllegalArgumentException("'" + nameOrId + "' matches several actors: " + names + "; give the full name or the id");
        }
        return candidates.get(0);
    }

    private List<Long> articleIds(long actorId) {
        return new AnnotationRepository(db).articlesMentioning(actorId);
    }

    private static String sentence(String body, ArticleExtraction.DateMention d) {
        int s = Math.max(0, Math.min(d.sentenceStart(), body.length()));
        int e = Math.max(s, Math.min(d.sentenceEnd(), body.length()));
        return body.substring(s, e).strip();
    }
}
