package dev.optionsdeep.migrate.processor.write;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

import dev.optionsdeep.migrate.executor.RevisionIndexWriter;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionIndex;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes the revision index ({@link RevisionIndex}) of each package whose revision classes this compilation
 * wrote, once javac has written every class file: an annotation processor runs before the classes exist, so it
 * listens for the end of the compilation. Only with javac and a class output directory; anywhere else (another
 * compiler, an in-memory compilation) no index is written, and a scan reads every class as before.
 */
public final class RevisionIndexTask implements TaskListener {

    private static final String REVISION = "dev.optionsdeep.migrate.migration.Revision";

    private final ProcessingEnvironment env;
    private final Path classes;
    private final Set<String> packages = new TreeSet<>();

    private RevisionIndexTask(ProcessingEnvironment env, Path classes) {
        this.env = env;
        this.classes = classes;
    }

    /** Listens to the compilation when it is javac's and writes to a directory; otherwise does nothing. */
    public static void register(ProcessingEnvironment env) {
        try {
            URI output = env.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", RevisionIndex.FILE).toUri();
            if (!"file".equals(output.getScheme())) {
                return;
            }
            JavacTask.instance(env).addTaskListener(new RevisionIndexTask(env, Path.of(output).getParent()));
        } catch (IOException | RuntimeException | LinkageError e) {
            // not javac, or no class output directory: no index
        }
    }

    @Override
    public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.GENERATE && e.getTypeElement() != null && isRevision(e.getTypeElement())) {
            Elements elements = env.getElementUtils();
            packages.add(elements.getPackageOf(e.getTypeElement()).getQualifiedName().toString());
        } else if (e.getKind() == TaskEvent.Kind.COMPILATION) {
            packages.forEach(this::write);
            packages.clear();
        }
    }

    private static boolean isRevision(TypeElement type) {
        if (type.getNestingKind().isNested() || type.getKind() != ElementKind.CLASS) {
            return false;
        }
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(REVISION)) {
                return true;
            }
        }
        return false;
    }

    private void write(String packageName) {
        try {
            RevisionIndexWriter.write(classes, packageName, RevisionIndexTask.class.getClassLoader());
        } catch (RevisionException e) {
            // revisions that do not make a valid history (a duplicate id, a cycle): the goals name the problem
        } catch (IOException | RuntimeException | LinkageError e) {
            env.getMessager().printMessage(Diagnostic.Kind.NOTE, "Migrate wrote no revision index for package "
                    + packageName + " (" + e + "): upgrades read each revision's class to compare its checksum instead,"
                    + " which is slower, never different.");
        }
    }
}
