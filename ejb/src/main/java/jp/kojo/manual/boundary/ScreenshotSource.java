package jp.kojo.manual.boundary;

/** Where the PDF finds the screenshots the manual names: the web module keeps them with its static resources. */
@FunctionalInterface
public interface ScreenshotSource {
    /** The PNG bytes of the named screenshot, or null when there is none. */
    byte[] read(String fileName);
}
