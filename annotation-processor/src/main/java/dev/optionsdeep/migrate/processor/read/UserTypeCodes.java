package dev.optionsdeep.migrate.processor.read;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import java.util.List;
import java.util.OptionalInt;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The JDBC type code of a Hibernate user type named by {@code @Type}: Hibernate makes the column the type its
 * {@code getSqlType()} returns, which a compiler can read when that method's source is in the compilation and its
 * body returns a constant ({@code return Types.VARCHAR;}, as Candlepin's user types do). Anything else (a user type
 * from a library jar, a computed code) stays unknown and is reported by the caller.
 */
public final class UserTypeCodes {

    /** Outside javac (Eclipse's compiler) there is no tree to read: every code is unknown. */
    private final Trees trees;

    private UserTypeCodes(Trees trees) {
        this.trees = trees;
    }

    /** Reading the compilation's trees where javac offers them. */
    public static UserTypeCodes of(ProcessingEnvironment env) {
        try {
            return new UserTypeCodes(Trees.instance(env));
        } catch (RuntimeException | LinkageError notJavac) {
            return new UserTypeCodes(null);
        }
    }

    /** What no compilation holds: every code unknown (tests of the bind stage). */
    public static UserTypeCodes none() {
        return new UserTypeCodes(null);
    }

    /** The user type {@code @Type(value)} names, or null for another annotation or an unresolved class. */
    public static TypeElement userTypeClass(AnnotationMirror userType) {
        if (!JpaAnnotations.simpleName(userType).equals("Type")) {
            return null;
        }
        for (var entry : userType.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")) {
                AnnotationValue value = entry.getValue();
                return value.getValue() instanceof TypeMirror t && t.getKind() == TypeKind.DECLARED
                        ? (TypeElement) ((DeclaredType) t).asElement() : null;
            }
        }
        return null;
    }

    /** The constant {@code getSqlType()} of the user type {@code @Type} names returns, if the source says it. */
    public OptionalInt code(AnnotationMirror userType) {
        TypeElement type = userTypeClass(userType);
        ExecutableElement method = type == null || trees == null ? null : sqlTypeMethod(type);
        MethodTree tree = method == null ? null : trees.getTree(method);
        if (tree == null || tree.getBody() == null) {
            return OptionalInt.empty();
        }
        List<? extends StatementTree> statements = tree.getBody().getStatements();
        if (statements.size() != 1 || !(statements.get(0) instanceof ReturnTree returned)
                || returned.getExpression() == null) {
            return OptionalInt.empty();
        }
        ExpressionTree expression = returned.getExpression();
        if (expression instanceof LiteralTree literal) {
            return literal.getValue() instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
        }
        TreePath methodPath = trees.getPath(method);
        Element constant = methodPath == null ? null
                : trees.getElement(TreePath.getPath(methodPath.getCompilationUnit(), expression));
        return constant instanceof VariableElement v && v.getConstantValue() instanceof Integer i
                ? OptionalInt.of(i) : OptionalInt.empty();
    }

    /** {@code int getSqlType()} declared by {@code type} or the nearest class it extends. */
    private static ExecutableElement sqlTypeMethod(TypeElement type) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (Element e : t.getEnclosedElements()) {
                if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals("getSqlType")
                        && ((ExecutableElement) e).getParameters().isEmpty()) {
                    return (ExecutableElement) e;
                }
            }
        }
        return null;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror parent = type.getSuperclass();
        return parent.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) parent).asElement() : null;
    }
}
