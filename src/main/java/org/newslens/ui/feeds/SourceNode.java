package org.newslens.ui.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newslens.store.FeedStore;

/**
 * One row of the sources pane: a folder (with its sub-folders and feeds) or a feed, with its item
 * count and, for a feed whose last refresh failed, the reason.
 *
 * @param id    the folder's or the feed's id
 * @param items items stored (a folder: its distinct articles when counted, else the sum of what it holds)
 * @param unread items whose article is unread (a folder: its distinct unread articles when counted, else the sum)
 * @param error the feed's last failure, or null; a folder: null
 */
public record SourceNode(Kind kind, long id, String title, int items, int unread, String error, List<SourceNode> children) {
    public enum Kind { FOLDER, FEED }

    public SourceNode {
        children = List.copyOf(children);
    }

    /** Folders holding a failing feed show it too. */
    public boolean hasError() {
        return error != null || children.stream().anyMatch(SourceNode::hasError);
    }

    /** The tree: top-level folders (by name) then feeds without a folder (by title); empty folders kept. */
    public static List<SourceNode> tree(List<FeedStore.Folder> folders, List<FeedStore.Listing> feeds) {
        return tree(folders, feeds, Map.of());
    }

    /** The tree, with folders' counts from {@code folderCounts} (an article in two of a folder's feeds once). */
    public static List<SourceNode> tree(List<FeedStore.Folder> folders, List<FeedStore.Listing> feeds,
                                        Map<Long, FeedStore.FolderCount> folderCounts) {
        Map<Long, List<FeedStore.Folder>> subfolders = new HashMap<>();
        Map<Long, List<FeedStore.Listing>> feedsIn = new HashMap<>();
        for (FeedStore.Folder f : folders) subfolders.computeIfAbsent(f.parentId() == null ? 0L : f.parentId(), k -> new ArrayList<>()).add(f);
        for (FeedStore.Listing l : feeds) feedsIn.computeIfAbsent(l.feed().folderId() == null ? 0L : l.feed().folderId(), k -> new ArrayList<>()).add(l);
        return children(0L, subfolders, feedsIn, folderCounts, 0);
    }

    private static List<SourceNode> children(long parent, Map<Long, List<FeedStore.Folder>> subfolders,
                                             Map<Long, List<FeedStore.Listing>> feedsIn,
                                             Map<Long, FeedStore.FolderCount> folderCounts, int depth) {
        List<SourceNode> out = new ArrayList<>();
        if (depth < 32) {
            List<FeedStore.Folder> fs = new ArrayList<>(subfolders.getOrDefault(parent, List.of()));
            fs.sort(Comparator.comparing(FeedStore.Folder::name, String.CASE_INSENSITIVE_ORDER));
            for (FeedStore.Folder f : fs) {
                List<SourceNode> kids = children(f.id(), subfolders, feedsIn, folderCounts, depth + 1);
                FeedStore.FolderCount n = folderCounts.get(f.id());
                out.add(new SourceNode(Kind.FOLDER, f.id(), f.name(), n != null ? n.items() : kids.stream().mapToInt(SourceNode::items).sum(),
                        n != null ? n.unread() : kids.stream().mapToInt(SourceNode::unread).sum(), null, kids));
            }
        }
        List<FeedStore.Listing> ls = new ArrayList<>(feedsIn.getOrDefault(parent, List.of()));
        ls.sort(Comparator.comparing((FeedStore.Listing l) -> l.feed().displayTitle(), String.CASE_INSENSITIVE_ORDER));
        for (FeedStore.Listing l : ls) {
            out.add(new SourceNode(Kind.FEED, l.feed().id(), l.feed().displayTitle(), l.items(), l.unread(), l.feed().lastError(), List.of()));
        }
        return out;
    }
}
