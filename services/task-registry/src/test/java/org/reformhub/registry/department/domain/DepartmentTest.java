package org.reformhub.registry.department.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The catalogue's merge rules, on plain objects. */
class DepartmentTest {

    private static Department department(String code, String name) {
        return new Department(code, name, DepartmentKind.MUNICIPAL_DEPARTMENT, false, Instant.EPOCH);
    }

    @Test
    void a_merge_moves_the_names_to_the_survivor() {
        Department survivor = department("zwsj", "市政务服务数据管理局");
        Department duplicate = department("dup", "珠海市政数局");
        duplicate.setAliases(List.of("政数局"));

        assertEquals(Optional.empty(), duplicate.mergeInto(survivor));
        assertEquals(List.of("珠海市政数局", "政数局"), survivor.aliases());
        assertEquals("zwsj", duplicate.snapshot().mergedInto());
    }

    @Test
    void a_department_is_never_merged_into_itself_nor_twice() {
        Department survivor = department("zwsj", "市政务服务数据管理局");
        Department duplicate = department("dup", "珠海市政数局");
        Department other = department("other", "其他");

        assertEquals(Optional.of(new DepartmentRejection.MergeWithItself("zwsj")), survivor.mergeInto(survivor));
        duplicate.mergeInto(survivor);
        assertEquals(Optional.of(new DepartmentRejection.AlreadyMerged("dup")), duplicate.mergeInto(other));
        assertEquals(Optional.of(new DepartmentRejection.AlreadyMerged("dup")), other.mergeInto(duplicate));
        assertEquals(List.of(), other.aliases());
    }
}
