package jp.kojo.manual.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import jp.kojo.manual.boundary.Manual;
import jp.kojo.manual.boundary.ManualSection;
import jp.kojo.manual.boundary.ManualSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the manuals from their single sources, {@code manuals/<slug>.xml} on the class path, in the order of
 * {@code manuals/index.txt}. A source is
 * {@code <manual><title/><summary/><section screenshot="x.png" alt="…" planned="true"><heading/><p/>…</section></manual>}.
 */
public final class ManualSource {
    static final String DIRECTORY = "manuals/";
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    private static final Pattern SCREENSHOT = Pattern.compile("[a-z0-9-]+\\.png");

    private final ClassLoader loader;

    public ManualSource(ClassLoader loader) {
        this.loader = loader;
    }

    /** The slugs of index.txt, in order. */
    public List<String> slugs() {
        List<String> slugs = new ArrayList<>();
        for (String line : text(DIRECTORY + "index.txt").split("\\R")) {
            String slug = line.strip();
            if (!slug.isEmpty() && !slug.startsWith("#")) {
                slugs.add(slug);
            }
        }
        return slugs;
    }

    public List<ManualSummary> catalog() {
        return slugs().stream().map(slug -> new ManualSummary(slug, load(slug).title())).toList();
    }

    /** The manual of this slug, or null when the index does not list it. */
    public Manual find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches() || !slugs().contains(slug)) {
            return null;
        }
        return load(slug);
    }

    Manual load(String slug) {
        Element root = parse(DIRECTORY + slug + ".xml").getDocumentElement();
        List<ManualSection> sections = new ArrayList<>();
        for (Element section : children(root, "section")) {
            String screenshot = blankToNull(section.getAttribute("screenshot"));
            String alt = blankToNull(section.getAttribute("alt"));
            if (screenshot != null && (!SCREENSHOT.matcher(screenshot).matches() || alt == null)) {
                throw new IllegalStateException("Manual " + slug + ": screenshot '" + screenshot
                        + "' needs a plain .png name and an alt text");
            }
            List<String> paragraphs = children(section, "p").stream().map(ManualSource::textOf).toList();
            sections.add(new ManualSection(textOf(only(section, "heading", slug)), paragraphs, screenshot, alt,
                    Boolean.parseBoolean(section.getAttribute("planned"))));
        }
        return new Manual(slug, textOf(only(root, "title", slug)), textOf(only(root, "summary", slug)), sections);
    }

    private Document parse(String resource) {
        try (InputStream in = open(resource)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Our own files, but still: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Failures surface as the exception below, not as lines on standard error.
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Manual source " + resource + " is not valid: " + e.getMessage(), e);
        }
    }

    private String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing manual resource " + resource);
        }
        return in;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name, String slug) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new IllegalStateException("Manual " + slug + ": expected one <" + name + "> in <"
                    + parent.getTagName() + ">, found " + found.size());
        }
        return found.get(0);
    }

    /** The element's text with the source's line wrapping and indentation removed: Japanese runs on without spaces. */
    private static String textOf(Element element) {
        return element.getTextContent().strip().replaceAll("\\s*\\n\\s*", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
