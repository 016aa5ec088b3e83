package org.reformhub.kernel.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller department(String dept) {
        return new Caller("sub", "officer", Set.of(Roles.DEPARTMENT), Optional.of(dept), Optional.empty());
    }

    @Test
    void a_department_acts_only_for_itself() {
        assertTrue(department("zwsj").mayActForDepartment("zwsj"));
        assertFalse(department("zwsj").mayActForDepartment("zrzy"));
    }

    @Test
    void a_department_without_dept_claim_acts_for_nobody() {
        Caller noClaim = new Caller("sub", "x", Set.of(Roles.DEPARTMENT), Optional.empty(), Optional.empty());
        assertFalse(noClaim.mayActForDepartment("zwsj"));
    }

    @Test
    void supervisors_and_admins_act_for_everyone() {
        Caller supervisor = new Caller("s", "s", Set.of(Roles.SUPERVISOR), Optional.empty(), Optional.empty());
        Caller admin = new Caller("a", "a", Set.of(Roles.ADMIN), Optional.empty(), Optional.empty());
        assertTrue(supervisor.mayActForDepartment("zrzy"));
        assertTrue(admin.mayActForEnterprise("91440400MA4UH1234T"));
    }

    @Test
    void an_enterprise_acts_only_for_its_own_uscc_and_never_for_a_department() {
        Caller enterprise = new Caller("e", "e", Set.of(Roles.ENTERPRISE), Optional.of("zwsj"), Optional.of("91440400MA4UH1234T"));
        assertTrue(enterprise.mayActForEnterprise("91440400MA4UH1234T"));
        assertFalse(enterprise.mayActForEnterprise("91440400617881127C"));
        assertFalse(enterprise.mayActForDepartment("zwsj"));
    }
}
