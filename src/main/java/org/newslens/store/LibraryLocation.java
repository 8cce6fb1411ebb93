package org.newslens.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives: {@code --library DIR}, else {@code $NEWSLENS_HOME}, else the platform's
 * per-user data directory.
 */
public final class LibraryLocation {
    public static final String ENV_HOME = "NEWSLENS_HOME";

    private LibraryLocation() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, Path userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, userHome);
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path platformDefault(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("NewsLens");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("NewsLens");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("newslens");
    }
}
