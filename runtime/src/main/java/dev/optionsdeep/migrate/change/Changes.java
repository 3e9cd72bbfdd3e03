package dev.optionsdeep.migrate.change;

/** Questions about any change, answered in one place so that a new kind of change is handled once. */
public final class Changes {

    private Changes() {
    }

    /**
     * The table a change is about, after it: a renamed table's new name; null for changes of no one
     * table (sequences, schemas, hand-written SQL).
     */
    public static String table(Change c) {
        if (c instanceof CreateTable t) {
            return t.table().name();
        } else if (c instanceof DropTable t) {
            return t.table().name();
        } else if (c instanceof RenameTable r) {
            return r.to();
        } else if (c instanceof AddColumn a) {
            return a.table();
        } else if (c instanceof DropColumn d) {
            return d.table();
        } else if (c instanceof AlterColumn a) {
            return a.table();
        } else if (c instanceof RenameColumn r) {
            return r.table();
        } else if (c instanceof CreateIndex i) {
            return i.table();
        } else if (c instanceof DropIndex i) {
            return i.table();
        } else if (c instanceof RenameIndex r) {
            return r.table();
        } else if (c instanceof AddUniqueConstraint u) {
            return u.table();
        } else if (c instanceof DropUniqueConstraint u) {
            return u.table();
        } else if (c instanceof AddForeignKey f) {
            return f.table();
        } else if (c instanceof DropForeignKey f) {
            return f.table();
        } else if (c instanceof AddCheckConstraint k) {
            return k.table();
        } else if (c instanceof DropCheckConstraint k) {
            return k.table();
        } else if (c instanceof RenameConstraint r) {
            return r.table();
        } else if (c instanceof AddPrimaryKey k) {
            return k.table();
        } else if (c instanceof DropPrimaryKey k) {
            return k.table();
        } else if (c instanceof CommentOnTable t) {
            return t.table();
        }
        return null;
    }
}
