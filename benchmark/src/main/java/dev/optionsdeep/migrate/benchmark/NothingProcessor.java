package dev.optionsdeep.migrate.benchmark;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import java.util.Set;

/**
 * An annotation processor that claims every annotation and does nothing: what any processor costs a compilation
 * before it does any work of its own. With a processor present, javac runs its processing rounds, enters every
 * source again for the round after the first and loads the processing machinery; {@link ProcessorRuns} times this
 * as the floor under Migrate's and Hibernate's processors.
 */
@SupportedAnnotationTypes("*")
public final class NothingProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
    }
}
