package dev.optionsdeep.migrate.it.parity.genpart;

import java.io.Serializable;
import java.util.UUID;

public class UploadPid implements Serializable {
    private UUID token;
    private String tenant;
}
