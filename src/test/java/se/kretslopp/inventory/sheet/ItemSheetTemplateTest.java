package se.kretslopp.inventory.sheet;

import org.junit.jupiter.api.Test;
import se.kretslopp.inventory.api.ItemRequest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kretslopp.inventory.sheet.SheetFixtures.DOORS;
import static se.kretslopp.inventory.sheet.SheetFixtures.read;

class ItemSheetTemplateTest {

    private final ItemSheetTemplate template = new ItemSheetTemplate();

    @Test
    void theTemplateHasAllHeadersAndAnExampleThatImports() {
        for (SheetFormat format : SheetFormat.values()) {
            ParsedSheet sheet = read(template.template(format), ItemSheetTemplate.filename(format));
            assertEquals(List.of(), sheet.problems(), format.name());
            ItemRequest example = sheet.requests().get(0);
            assertEquals(1, sheet.requests().size());
            assertEquals("Innerdörr", example.name());
            assertEquals(DOORS, example.categoryId());
            assertEquals(ItemRequest.HazardCheck.FREE, example.hazard().check());
        }
    }
}
