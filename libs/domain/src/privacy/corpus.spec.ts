/**
 * Measures the guard on labelled Dutch text and prints the figures (copied to README.md).
 *
 * - The tuning set (`casus-sentences.ts`) was written together with the rules: it measures the tuning.
 * - Held-out batches A–Z (`held-out-*.ts`) were each written before the guard was changed for them,
 *   in styles the tuning set lacks, and measured once untouched (its "first run", recorded in FIRST_RUNS and
 *   README.md: the honest figure). I was written from the README only; J after tuning on I; K–V by writers who
 *   read neither the rules, the README nor earlier batches, each of L–U measured after the guard was tuned on the
 *   one before (O and Q in styles asked for because no batch had them; U and V both measured the guard of 82ce630, W and X
 *   that of c4dfd58, Y and Z that of f0f3b28). All of A–Z were tuned on afterwards (U and V in one round, checked by the
 *   fifteenth and sixteenth tuning sets; W and X in one round, checked by the seventeenth and eighteenth; Y and Z in one round,
 *   checked by the nineteenth and twentieth; AA and AB, by two more blind writers, measured fcedb67 and were tuned on in one round,
 *   checked by the twenty-first; AC and AD measured 5b1c3b7 and were tuned on in one round, checked by the twenty-second; AE and AF
 *   measured 122a012 and were tuned on, checked by the twenty-third; AG and AH measured 416943c and were tuned on, checked by the
 *   twenty-fourth; AI and AJ measured 197dd7f and were tuned on, checked by the twenty-fifth; AK and AL measured 34c08e6, AM the same
 *   guard declared beforehand, and were tuned on, checked by the twenty-sixth and twenty-seventh), so their current figures are
 *   optimistic.
 *
 * Targets (the issue): at least 97 % of direct identifiers caught, at most 2 % false alarms on clean
 * sentences; BSN, e-mail, phone and postcode always 100 %. They are asserted on the tuning sets and
 * on the held-out batches that were tuned on (A–HX but AN, AS, AT, BV–BY, DT, DU and EP, which are untouched, as HE–HI and HY–IB are) together, as regression tests. The blind first runs K–AB together: see firstRunsReport; the
 * guard of 82ce630 on U and V: 96.9 % and 2.7 % (U met both targets, V neither); the guard of c4dfd58 on W and X:
 * 87.5 % and 5.8 % (both missed); the guard of f0f3b28 on Y and Z: 92.7 % and 3.1 % (both missed); the guard of fcedb67
 * on AA and AB: 93.6 % and 1.2 % (recall missed, false alarms met); the guard of 5b1c3b7 (the open-class rule) on AC and AD:
 * 95.9 % and 2.3 % (both missed); the guard of 122a012 on AE and AF: 94.3 % and 3.8 % (both missed); the guard of 416943c on AG
 * and AH: 95.0 % and 4.2 % (both missed; AG alone met both); the guard of 197dd7f on AI and AJ: 94.7 % and 0.8 % (recall
 * missed, false alarms met); the guard of 34c08e6 on AK and AL (the platform's own kinds of text): 98.2 % and 1.2 % (both met), on
 * AM (the same kinds, chat-like, lowercase and dictated): 85.3 % and 1.5 %, on AN (long casus texts and board steps): 97.8 % and
 * 3.1 %; AK–AN together 95.5 % and 1.7 %; the guard of 308801a (declared beforehand) on AO (lowercase chat) 81.8 % and 0.0 %, on AP
 * (dictated text) 93.6 % and 0.8 %; the guard of 2a8660c (the context model, declared beforehand) on AQ (lowercase chat) 90.8 % and
 * 1.5 %, AR (dictated) 90.0 % and 3.1 %, AS (written) 98.3 % and 0.0 %; the guard of c50f847 on AT (chat) 95.7 % and 0.0 %, AU
 * (dictated) 94.0 % and 6.2 %; the guard of 86f186f on AV (chat) 89.1 % and 2.3 %, AW (dictated) 91.8 % and 0.0 %; the guard of
 * 09659c6 on AX (chat) 93.7 % and 0.8 %, AY (dictated) 96.4 % and 0.0 %; the guard of 1f72695 on AZ (chat) 90.6 % and 1.5 %,
 * BA (dictated) 94.6 % and 0.0 %, BB (chat) 87.3 % and 3.0 %, BC (dictated) 96.2 % and 0.8 %; the guard of 84608bb on BD (chat)
 * 91.6 % and 1.5 %, BE (dictated) 97.0 % and 0.8 %; the guard of 66592b7 on BF (chat) 95.3 % and 0.0 %, BG (dictated) 96.0 % and
 * 3.1 %, BH (written) 99.0 % and 5.4 %; the guard of 8c2be07 on BI (chat) 95.9 % and 3.8 %, BJ (dictated) 95.5 % and 5.4 %, BK
 * (written) 99.4 % and 0.8 %; the guard of ecb2652 on BL (chat) 91.1 % and 0.8 %, BM (dictated) 90.9 % and 0.8 %, BN (written)
 * 97.4 % and 0.8 %; the guard of 628cecb on BO (chat) 92.0 % and 0.8 %, BP (dictated) 95.8 % and 0.8 %, BQ
 * (written) 98.0 % and 2.3 %; the guard of 378f218 on BR (chat) 92.2 % and 0.8 %, BS (dictated) 98.9 % and
 * 1.5 %, BT (chat) 94.4 % and 1.5 %, BU (written) 96.7 % and 0.0 %; the guard of a7b39b9 on BV (chat) 92.2 % and
 * 1.5 %, BW (dictated) 97.8 % and 0.0 %, BX (chat) 94.2 % and 0.8 %, BY (mixed case) 98.0 % and 0.0 %; the same guard, declared
 * again (8e388c3), on BZ (chat) 93.6 % and 0.8 %, CA (dictated) 95.7 % and 0.0 %, CB (chat) 95.2 % and 0.0 %, CC (written)
 * 98.5 % and 2.3 %; the guard of 288c17b on CD (chat) 95.3 % and 0.8 %, CE (dictated) 95.1 % and 1.5 %, CF (chat) 97.5 % and 1.5 %,
 * CG (written) 96.6 % and 0.0 %; the guard of 613345a on CH (chat) 95.2 % and 0.8 %, CI (dictated) 97.8 % and 0.0 %, CJ (chat)
 * 95.7 % and 0.8 %, CK (written) 98.2 % and 2.3 %; the guard of bce7e7d (the current one) on CL (chat) 95.5 % and 0.0 %, CM
 * (dictated) 98.7 % and 0.0 %, CN (chat) 97.2 % and 0.8 %, CO (written) 98.4 % and 0.8 %. See README.md, "Measured
 * quality".
 */
import { describe, expect, it } from 'vitest';
import {
  CLEAN_SENTENCES,
  FRESH_CLEAN,
  FRESH_IDENTIFYING,
  IDENTIFYING_SENTENCES,
  K_RULES_CLEAN,
  K_RULES_IDENTIFYING,
  L_RULES_CLEAN,
  L_RULES_IDENTIFYING,
  M_RULES_CLEAN,
  M_RULES_IDENTIFYING,
  N_RULES_CLEAN,
  N_RULES_IDENTIFYING,
  O_RULES_CLEAN,
  O_RULES_IDENTIFYING,
  P_RULES_CLEAN,
  P_RULES_IDENTIFYING,
  Q_RULES_CLEAN,
  Q_RULES_IDENTIFYING,
  R_RULES_CLEAN,
  R_RULES_IDENTIFYING,
  S_RULES_CLEAN,
  S_RULES_IDENTIFYING,
  T_RULES_CLEAN,
  T_RULES_IDENTIFYING,
  U_RULES_CLEAN,
  U_RULES_IDENTIFYING,
  V_RULES_CLEAN,
  V_RULES_IDENTIFYING,
  W_RULES_CLEAN,
  W_RULES_IDENTIFYING,
  X_RULES_CLEAN,
  X_RULES_IDENTIFYING,
  Y_RULES_CLEAN,
  Y_RULES_IDENTIFYING,
  Z_RULES_CLEAN,
  Z_RULES_IDENTIFYING,
  AB_RULES_CLEAN,
  AB_RULES_IDENTIFYING,
  AD_RULES_CLEAN,
  AD_RULES_IDENTIFYING,
  AF_RULES_CLEAN,
  AF_RULES_IDENTIFYING,
  AH_RULES_CLEAN,
  AH_RULES_IDENTIFYING,
  AJ_RULES_CLEAN,
  AJ_RULES_IDENTIFYING,
  AL_RULES_CLEAN,
  AL_RULES_IDENTIFYING,
  AM_RULES_CLEAN,
  AM_RULES_IDENTIFYING,
  AO_RULES_CLEAN,
  AO_RULES_IDENTIFYING,
  AR_RULES_CLEAN,
  AR_RULES_IDENTIFYING,
  AU_RULES_CLEAN,
  AU_RULES_IDENTIFYING,
  AV_RULES_CLEAN,
  AV_RULES_IDENTIFYING,
  AX_RULES_CLEAN,
  AX_RULES_IDENTIFYING,
  AZ_RULES_CLEAN,
  AZ_RULES_IDENTIFYING,
  BD_RULES_CLEAN,
  BD_RULES_IDENTIFYING,
  BF_RULES_CLEAN,
  BF_RULES_IDENTIFYING,
  BI_RULES_CLEAN,
  BI_RULES_IDENTIFYING,
  BL_RULES_CLEAN,
  BL_RULES_IDENTIFYING,
  BO_RULES_CLEAN,
  BO_RULES_IDENTIFYING,
  BR_RULES_CLEAN,
  BR_RULES_IDENTIFYING,
  BZ_RULES_CLEAN,
  BZ_RULES_IDENTIFYING,
  CD_RULES_CLEAN,
  CD_RULES_IDENTIFYING,
  CH_RULES_CLEAN,
  CH_RULES_IDENTIFYING,
  CL_RULES_CLEAN,
  CL_RULES_IDENTIFYING,
  CP_RULES_CLEAN,
  CP_RULES_IDENTIFYING,
  CU_RULES_CLEAN,
  CU_RULES_IDENTIFYING,
  CX_RULES_CLEAN,
  CX_RULES_IDENTIFYING,
  DA_RULES_CLEAN,
  DA_RULES_IDENTIFYING,
  DD_RULES_CLEAN,
  DD_RULES_IDENTIFYING,
  DN_RULES_CLEAN,
  DN_RULES_IDENTIFYING,
  DV_RULES_CLEAN,
  DV_RULES_IDENTIFYING,
  DZ_RULES_CLEAN,
  DZ_RULES_IDENTIFYING,
  ED_RULES_CLEAN,
  ED_RULES_IDENTIFYING,
  EH_RULES_CLEAN,
  EH_RULES_IDENTIFYING,
  EL_RULES_CLEAN,
  EL_RULES_IDENTIFYING,
  EQ_RULES_CLEAN,
  EQ_RULES_IDENTIFYING,
  EX_RULES_CLEAN,
  EX_RULES_IDENTIFYING,
  FA_RULES_CLEAN,
  FA_RULES_IDENTIFYING,
  FE_RULES_CLEAN,
  FE_RULES_IDENTIFYING,
  FL_RULES_CLEAN,
  FL_RULES_IDENTIFYING,
  FP_RULES_CLEAN,
  FP_RULES_IDENTIFYING,
} from './corpus/casus-sentences.js';
import { HELD_OUT_A_CLEAN, HELD_OUT_A_IDENTIFYING } from './corpus/held-out-a.js';
import { HELD_OUT_B_CLEAN, HELD_OUT_B_IDENTIFYING } from './corpus/held-out-b.js';
import { HELD_OUT_C_CLEAN, HELD_OUT_C_IDENTIFYING } from './corpus/held-out-c.js';
import { HELD_OUT_D_CLEAN, HELD_OUT_D_IDENTIFYING } from './corpus/held-out-d.js';
import { HELD_OUT_E_CLEAN, HELD_OUT_E_IDENTIFYING } from './corpus/held-out-e.js';
import { HELD_OUT_F_CLEAN, HELD_OUT_F_IDENTIFYING } from './corpus/held-out-f.js';
import { HELD_OUT_G_CLEAN, HELD_OUT_G_IDENTIFYING } from './corpus/held-out-g.js';
import { HELD_OUT_H_CLEAN, HELD_OUT_H_IDENTIFYING } from './corpus/held-out-h.js';
import { HELD_OUT_I_CLEAN, HELD_OUT_I_IDENTIFYING } from './corpus/held-out-i.js';
import { HELD_OUT_J_CLEAN, HELD_OUT_J_IDENTIFYING } from './corpus/held-out-j.js';
import { HELD_OUT_K_CLEAN, HELD_OUT_K_IDENTIFYING } from './corpus/held-out-k.js';
import { HELD_OUT_L_CLEAN, HELD_OUT_L_IDENTIFYING } from './corpus/held-out-l.js';
import { HELD_OUT_M_CLEAN, HELD_OUT_M_IDENTIFYING } from './corpus/held-out-m.js';
import { HELD_OUT_N_CLEAN, HELD_OUT_N_IDENTIFYING } from './corpus/held-out-n.js';
import { HELD_OUT_O_CLEAN, HELD_OUT_O_IDENTIFYING } from './corpus/held-out-o.js';
import { HELD_OUT_P_CLEAN, HELD_OUT_P_IDENTIFYING } from './corpus/held-out-p.js';
import { HELD_OUT_Q_CLEAN, HELD_OUT_Q_IDENTIFYING } from './corpus/held-out-q.js';
import { HELD_OUT_R_CLEAN, HELD_OUT_R_IDENTIFYING } from './corpus/held-out-r.js';
import { HELD_OUT_S_CLEAN, HELD_OUT_S_IDENTIFYING } from './corpus/held-out-s.js';
import { HELD_OUT_T_CLEAN, HELD_OUT_T_IDENTIFYING } from './corpus/held-out-t.js';
import { HELD_OUT_U_CLEAN, HELD_OUT_U_IDENTIFYING } from './corpus/held-out-u.js';
import { HELD_OUT_V_CLEAN, HELD_OUT_V_IDENTIFYING } from './corpus/held-out-v.js';
import { HELD_OUT_W_CLEAN, HELD_OUT_W_IDENTIFYING } from './corpus/held-out-w.js';
import { HELD_OUT_X_CLEAN, HELD_OUT_X_IDENTIFYING } from './corpus/held-out-x.js';
import { HELD_OUT_Y_CLEAN, HELD_OUT_Y_IDENTIFYING } from './corpus/held-out-y.js';
import { HELD_OUT_Z_CLEAN, HELD_OUT_Z_IDENTIFYING } from './corpus/held-out-z.js';
import { HELD_OUT_AA_CLEAN, HELD_OUT_AA_IDENTIFYING } from './corpus/held-out-aa.js';
import { HELD_OUT_AB_CLEAN, HELD_OUT_AB_IDENTIFYING } from './corpus/held-out-ab.js';
import { HELD_OUT_AC_CLEAN, HELD_OUT_AC_IDENTIFYING } from './corpus/held-out-ac.js';
import { HELD_OUT_AD_CLEAN, HELD_OUT_AD_IDENTIFYING } from './corpus/held-out-ad.js';
import { HELD_OUT_AE_CLEAN, HELD_OUT_AE_IDENTIFYING } from './corpus/held-out-ae.js';
import { HELD_OUT_AF_CLEAN, HELD_OUT_AF_IDENTIFYING } from './corpus/held-out-af.js';
import { HELD_OUT_AG_CLEAN, HELD_OUT_AG_IDENTIFYING } from './corpus/held-out-ag.js';
import { HELD_OUT_AH_CLEAN, HELD_OUT_AH_IDENTIFYING } from './corpus/held-out-ah.js';
import { HELD_OUT_AI_CLEAN, HELD_OUT_AI_IDENTIFYING } from './corpus/held-out-ai.js';
import { HELD_OUT_AJ_CLEAN, HELD_OUT_AJ_IDENTIFYING } from './corpus/held-out-aj.js';
import { HELD_OUT_AK_CLEAN, HELD_OUT_AK_IDENTIFYING } from './corpus/held-out-ak.js';
import { HELD_OUT_AL_CLEAN, HELD_OUT_AL_IDENTIFYING } from './corpus/held-out-al.js';
import { HELD_OUT_AM_CLEAN, HELD_OUT_AM_IDENTIFYING } from './corpus/held-out-am.js';
import { HELD_OUT_AN_CLEAN, HELD_OUT_AN_IDENTIFYING } from './corpus/held-out-an.js';
import { HELD_OUT_AO_CLEAN, HELD_OUT_AO_IDENTIFYING } from './corpus/held-out-ao.js';
import { HELD_OUT_AP_CLEAN, HELD_OUT_AP_IDENTIFYING } from './corpus/held-out-ap.js';
import { HELD_OUT_AQ_CLEAN, HELD_OUT_AQ_IDENTIFYING } from './corpus/held-out-aq.js';
import { HELD_OUT_AR_CLEAN, HELD_OUT_AR_IDENTIFYING } from './corpus/held-out-ar.js';
import { HELD_OUT_AS_CLEAN, HELD_OUT_AS_IDENTIFYING } from './corpus/held-out-as.js';
import { HELD_OUT_AT_CLEAN, HELD_OUT_AT_IDENTIFYING } from './corpus/held-out-at.js';
import { HELD_OUT_AU_CLEAN, HELD_OUT_AU_IDENTIFYING } from './corpus/held-out-au.js';
import { HELD_OUT_AV_CLEAN, HELD_OUT_AV_IDENTIFYING } from './corpus/held-out-av.js';
import { HELD_OUT_AW_CLEAN, HELD_OUT_AW_IDENTIFYING } from './corpus/held-out-aw.js';
import { HELD_OUT_AX_CLEAN, HELD_OUT_AX_IDENTIFYING } from './corpus/held-out-ax.js';
import { HELD_OUT_AY_CLEAN, HELD_OUT_AY_IDENTIFYING } from './corpus/held-out-ay.js';
import { HELD_OUT_AZ_CLEAN, HELD_OUT_AZ_IDENTIFYING } from './corpus/held-out-az.js';
import { HELD_OUT_BA_CLEAN, HELD_OUT_BA_IDENTIFYING } from './corpus/held-out-ba.js';
import { HELD_OUT_BB_CLEAN, HELD_OUT_BB_IDENTIFYING } from './corpus/held-out-bb.js';
import { HELD_OUT_BC_CLEAN, HELD_OUT_BC_IDENTIFYING } from './corpus/held-out-bc.js';
import { HELD_OUT_BD_CLEAN, HELD_OUT_BD_IDENTIFYING } from './corpus/held-out-bd.js';
import { HELD_OUT_BE_CLEAN, HELD_OUT_BE_IDENTIFYING } from './corpus/held-out-be.js';
import { HELD_OUT_BF_CLEAN, HELD_OUT_BF_IDENTIFYING } from './corpus/held-out-bf.js';
import { HELD_OUT_BG_CLEAN, HELD_OUT_BG_IDENTIFYING } from './corpus/held-out-bg.js';
import { HELD_OUT_BH_CLEAN, HELD_OUT_BH_IDENTIFYING } from './corpus/held-out-bh.js';
import { HELD_OUT_BI_CLEAN, HELD_OUT_BI_IDENTIFYING } from './corpus/held-out-bi.js';
import { HELD_OUT_BJ_CLEAN, HELD_OUT_BJ_IDENTIFYING } from './corpus/held-out-bj.js';
import { HELD_OUT_BK_CLEAN, HELD_OUT_BK_IDENTIFYING } from './corpus/held-out-bk.js';
import { HELD_OUT_BL_CLEAN, HELD_OUT_BL_IDENTIFYING } from './corpus/held-out-bl.js';
import { HELD_OUT_BM_CLEAN, HELD_OUT_BM_IDENTIFYING } from './corpus/held-out-bm.js';
import { HELD_OUT_BN_CLEAN, HELD_OUT_BN_IDENTIFYING } from './corpus/held-out-bn.js';
import { HELD_OUT_BO_CLEAN, HELD_OUT_BO_IDENTIFYING } from './corpus/held-out-bo.js';
import { HELD_OUT_BP_CLEAN, HELD_OUT_BP_IDENTIFYING } from './corpus/held-out-bp.js';
import { HELD_OUT_BQ_CLEAN, HELD_OUT_BQ_IDENTIFYING } from './corpus/held-out-bq.js';
import { HELD_OUT_BR_CLEAN, HELD_OUT_BR_IDENTIFYING } from './corpus/held-out-br.js';
import { HELD_OUT_BS_CLEAN, HELD_OUT_BS_IDENTIFYING } from './corpus/held-out-bs.js';
import { HELD_OUT_BT_CLEAN, HELD_OUT_BT_IDENTIFYING } from './corpus/held-out-bt.js';
import { HELD_OUT_BU_CLEAN, HELD_OUT_BU_IDENTIFYING } from './corpus/held-out-bu.js';
import { HELD_OUT_BV_CLEAN, HELD_OUT_BV_IDENTIFYING } from './corpus/held-out-bv.js';
import { HELD_OUT_BW_CLEAN, HELD_OUT_BW_IDENTIFYING } from './corpus/held-out-bw.js';
import { HELD_OUT_BX_CLEAN, HELD_OUT_BX_IDENTIFYING } from './corpus/held-out-bx.js';
import { HELD_OUT_BY_CLEAN, HELD_OUT_BY_IDENTIFYING } from './corpus/held-out-by.js';
import { HELD_OUT_BZ_CLEAN, HELD_OUT_BZ_IDENTIFYING } from './corpus/held-out-bz.js';
import { HELD_OUT_CA_CLEAN, HELD_OUT_CA_IDENTIFYING } from './corpus/held-out-ca.js';
import { HELD_OUT_CB_CLEAN, HELD_OUT_CB_IDENTIFYING } from './corpus/held-out-cb.js';
import { HELD_OUT_CC_CLEAN, HELD_OUT_CC_IDENTIFYING } from './corpus/held-out-cc.js';
import { HELD_OUT_CD_CLEAN, HELD_OUT_CD_IDENTIFYING } from './corpus/held-out-cd.js';
import { HELD_OUT_CE_CLEAN, HELD_OUT_CE_IDENTIFYING } from './corpus/held-out-ce.js';
import { HELD_OUT_CF_CLEAN, HELD_OUT_CF_IDENTIFYING } from './corpus/held-out-cf.js';
import { HELD_OUT_CG_CLEAN, HELD_OUT_CG_IDENTIFYING } from './corpus/held-out-cg.js';
import { HELD_OUT_CH_CLEAN, HELD_OUT_CH_IDENTIFYING } from './corpus/held-out-ch.js';
import { HELD_OUT_CI_CLEAN, HELD_OUT_CI_IDENTIFYING } from './corpus/held-out-ci.js';
import { HELD_OUT_CJ_CLEAN, HELD_OUT_CJ_IDENTIFYING } from './corpus/held-out-cj.js';
import { HELD_OUT_CK_CLEAN, HELD_OUT_CK_IDENTIFYING } from './corpus/held-out-ck.js';
import { HELD_OUT_CL_CLEAN, HELD_OUT_CL_IDENTIFYING } from './corpus/held-out-cl.js';
import { HELD_OUT_CM_CLEAN, HELD_OUT_CM_IDENTIFYING } from './corpus/held-out-cm.js';
import { HELD_OUT_CN_CLEAN, HELD_OUT_CN_IDENTIFYING } from './corpus/held-out-cn.js';
import { HELD_OUT_CO_CLEAN, HELD_OUT_CO_IDENTIFYING } from './corpus/held-out-co.js';
import { HELD_OUT_CP_CLEAN, HELD_OUT_CP_IDENTIFYING } from './corpus/held-out-cp.js';
import { HELD_OUT_CQ_CLEAN, HELD_OUT_CQ_IDENTIFYING } from './corpus/held-out-cq.js';
import { HELD_OUT_CR_CLEAN, HELD_OUT_CR_IDENTIFYING } from './corpus/held-out-cr.js';
import { HELD_OUT_CS_CLEAN, HELD_OUT_CS_IDENTIFYING } from './corpus/held-out-cs.js';
import { HELD_OUT_CT_CLEAN, HELD_OUT_CT_IDENTIFYING } from './corpus/held-out-ct.js';
import { HELD_OUT_CU_CLEAN, HELD_OUT_CU_IDENTIFYING } from './corpus/held-out-cu.js';
import { HELD_OUT_CV_CLEAN, HELD_OUT_CV_IDENTIFYING } from './corpus/held-out-cv.js';
import { HELD_OUT_CW_CLEAN, HELD_OUT_CW_IDENTIFYING } from './corpus/held-out-cw.js';
import { HELD_OUT_CX_CLEAN, HELD_OUT_CX_IDENTIFYING } from './corpus/held-out-cx.js';
import { HELD_OUT_CY_CLEAN, HELD_OUT_CY_IDENTIFYING } from './corpus/held-out-cy.js';
import { HELD_OUT_CZ_CLEAN, HELD_OUT_CZ_IDENTIFYING } from './corpus/held-out-cz.js';
import { HELD_OUT_DA_CLEAN, HELD_OUT_DA_IDENTIFYING } from './corpus/held-out-da.js';
import { HELD_OUT_DB_CLEAN, HELD_OUT_DB_IDENTIFYING } from './corpus/held-out-db.js';
import { HELD_OUT_DC_CLEAN, HELD_OUT_DC_IDENTIFYING } from './corpus/held-out-dc.js';
import { HELD_OUT_DD_CLEAN, HELD_OUT_DD_IDENTIFYING } from './corpus/held-out-dd.js';
import { HELD_OUT_DE_CLEAN, HELD_OUT_DE_IDENTIFYING } from './corpus/held-out-de.js';
import { HELD_OUT_DF_CLEAN, HELD_OUT_DF_IDENTIFYING } from './corpus/held-out-df.js';
import { HELD_OUT_DG_CLEAN, HELD_OUT_DG_IDENTIFYING } from './corpus/held-out-dg.js';
import { HELD_OUT_DH_CLEAN, HELD_OUT_DH_IDENTIFYING } from './corpus/held-out-dh.js';
import { HELD_OUT_DI_CLEAN, HELD_OUT_DI_IDENTIFYING } from './corpus/held-out-di.js';
import { HELD_OUT_DJ_CLEAN, HELD_OUT_DJ_IDENTIFYING } from './corpus/held-out-dj.js';
import { HELD_OUT_DK_CLEAN, HELD_OUT_DK_IDENTIFYING } from './corpus/held-out-dk.js';
import { HELD_OUT_DL_CLEAN, HELD_OUT_DL_IDENTIFYING } from './corpus/held-out-dl.js';
import { HELD_OUT_DM_CLEAN, HELD_OUT_DM_IDENTIFYING } from './corpus/held-out-dm.js';
import { HELD_OUT_DN_CLEAN, HELD_OUT_DN_IDENTIFYING } from './corpus/held-out-dn.js';
import { HELD_OUT_DO_CLEAN, HELD_OUT_DO_IDENTIFYING } from './corpus/held-out-do.js';
import { HELD_OUT_DP_CLEAN, HELD_OUT_DP_IDENTIFYING } from './corpus/held-out-dp.js';
import { HELD_OUT_DQ_CLEAN, HELD_OUT_DQ_IDENTIFYING } from './corpus/held-out-dq.js';
import { HELD_OUT_DR_CLEAN, HELD_OUT_DR_IDENTIFYING } from './corpus/held-out-dr.js';
import { HELD_OUT_DS_CLEAN, HELD_OUT_DS_IDENTIFYING } from './corpus/held-out-ds.js';
import { HELD_OUT_DT_CLEAN, HELD_OUT_DT_IDENTIFYING } from './corpus/held-out-dt.js';
import { HELD_OUT_DU_CLEAN, HELD_OUT_DU_IDENTIFYING } from './corpus/held-out-du.js';
import { HELD_OUT_DV_CLEAN, HELD_OUT_DV_IDENTIFYING } from './corpus/held-out-dv.js';
import { HELD_OUT_DW_CLEAN, HELD_OUT_DW_IDENTIFYING } from './corpus/held-out-dw.js';
import { HELD_OUT_DX_CLEAN, HELD_OUT_DX_IDENTIFYING } from './corpus/held-out-dx.js';
import { HELD_OUT_DY_CLEAN, HELD_OUT_DY_IDENTIFYING } from './corpus/held-out-dy.js';
import { HELD_OUT_DZ_CLEAN, HELD_OUT_DZ_IDENTIFYING } from './corpus/held-out-dz.js';
import { HELD_OUT_EA_CLEAN, HELD_OUT_EA_IDENTIFYING } from './corpus/held-out-ea.js';
import { HELD_OUT_EB_CLEAN, HELD_OUT_EB_IDENTIFYING } from './corpus/held-out-eb.js';
import { HELD_OUT_EC_CLEAN, HELD_OUT_EC_IDENTIFYING } from './corpus/held-out-ec.js';
import { HELD_OUT_ED_CLEAN, HELD_OUT_ED_IDENTIFYING } from './corpus/held-out-ed.js';
import { HELD_OUT_EE_CLEAN, HELD_OUT_EE_IDENTIFYING } from './corpus/held-out-ee.js';
import { HELD_OUT_EF_CLEAN, HELD_OUT_EF_IDENTIFYING } from './corpus/held-out-ef.js';
import { HELD_OUT_EG_CLEAN, HELD_OUT_EG_IDENTIFYING } from './corpus/held-out-eg.js';
import { HELD_OUT_EH_CLEAN, HELD_OUT_EH_IDENTIFYING } from './corpus/held-out-eh.js';
import { HELD_OUT_EI_CLEAN, HELD_OUT_EI_IDENTIFYING } from './corpus/held-out-ei.js';
import { HELD_OUT_EJ_CLEAN, HELD_OUT_EJ_IDENTIFYING } from './corpus/held-out-ej.js';
import { HELD_OUT_EK_CLEAN, HELD_OUT_EK_IDENTIFYING } from './corpus/held-out-ek.js';
import { HELD_OUT_EL_CLEAN, HELD_OUT_EL_IDENTIFYING } from './corpus/held-out-el.js';
import { HELD_OUT_EM_CLEAN, HELD_OUT_EM_IDENTIFYING } from './corpus/held-out-em.js';
import { HELD_OUT_EN_CLEAN, HELD_OUT_EN_IDENTIFYING } from './corpus/held-out-en.js';
import { HELD_OUT_EO_CLEAN, HELD_OUT_EO_IDENTIFYING } from './corpus/held-out-eo.js';
import { HELD_OUT_EQ_CLEAN, HELD_OUT_EQ_IDENTIFYING } from './corpus/held-out-eq.js';
import { HELD_OUT_ER_CLEAN, HELD_OUT_ER_IDENTIFYING } from './corpus/held-out-er.js';
import { HELD_OUT_ES_CLEAN, HELD_OUT_ES_IDENTIFYING } from './corpus/held-out-es.js';
import { HELD_OUT_ET_CLEAN, HELD_OUT_ET_IDENTIFYING } from './corpus/held-out-et.js';
import { HELD_OUT_EU_CLEAN, HELD_OUT_EU_IDENTIFYING } from './corpus/held-out-eu.js';
import { HELD_OUT_EV_CLEAN, HELD_OUT_EV_IDENTIFYING } from './corpus/held-out-ev.js';
import { HELD_OUT_EW_CLEAN, HELD_OUT_EW_IDENTIFYING } from './corpus/held-out-ew.js';
import { HELD_OUT_EX_CLEAN, HELD_OUT_EX_IDENTIFYING } from './corpus/held-out-ex.js';
import { HELD_OUT_EY_CLEAN, HELD_OUT_EY_IDENTIFYING } from './corpus/held-out-ey.js';
import { HELD_OUT_EZ_CLEAN, HELD_OUT_EZ_IDENTIFYING } from './corpus/held-out-ez.js';
import { HELD_OUT_FA_CLEAN, HELD_OUT_FA_IDENTIFYING } from './corpus/held-out-fa.js';
import { HELD_OUT_FB_CLEAN, HELD_OUT_FB_IDENTIFYING } from './corpus/held-out-fb.js';
import { HELD_OUT_FC_CLEAN, HELD_OUT_FC_IDENTIFYING } from './corpus/held-out-fc.js';
import { HELD_OUT_FD_CLEAN, HELD_OUT_FD_IDENTIFYING } from './corpus/held-out-fd.js';
import { HELD_OUT_FE_CLEAN, HELD_OUT_FE_IDENTIFYING } from './corpus/held-out-fe.js';
import { HELD_OUT_FF_CLEAN, HELD_OUT_FF_IDENTIFYING } from './corpus/held-out-ff.js';
import { HELD_OUT_FG_CLEAN, HELD_OUT_FG_IDENTIFYING } from './corpus/held-out-fg.js';
import { HELD_OUT_FH_CLEAN, HELD_OUT_FH_IDENTIFYING } from './corpus/held-out-fh.js';
import { HELD_OUT_FI_CLEAN, HELD_OUT_FI_IDENTIFYING } from './corpus/held-out-fi.js';
import { HELD_OUT_FJ_CLEAN, HELD_OUT_FJ_IDENTIFYING } from './corpus/held-out-fj.js';
import { HELD_OUT_FK_CLEAN, HELD_OUT_FK_IDENTIFYING } from './corpus/held-out-fk.js';
import { HELD_OUT_FL_CLEAN, HELD_OUT_FL_IDENTIFYING } from './corpus/held-out-fl.js';
import { HELD_OUT_FM_CLEAN, HELD_OUT_FM_IDENTIFYING } from './corpus/held-out-fm.js';
import { HELD_OUT_FN_CLEAN, HELD_OUT_FN_IDENTIFYING } from './corpus/held-out-fn.js';
import { HELD_OUT_FO_CLEAN, HELD_OUT_FO_IDENTIFYING } from './corpus/held-out-fo.js';
import { HELD_OUT_FP_CLEAN, HELD_OUT_FP_IDENTIFYING } from './corpus/held-out-fp.js';
import { HELD_OUT_FQ_CLEAN, HELD_OUT_FQ_IDENTIFYING } from './corpus/held-out-fq.js';
import { HELD_OUT_FR_CLEAN, HELD_OUT_FR_IDENTIFYING } from './corpus/held-out-fr.js';
import { HELD_OUT_FS_CLEAN, HELD_OUT_FS_IDENTIFYING } from './corpus/held-out-fs.js';
import { HELD_OUT_FT_CLEAN, HELD_OUT_FT_IDENTIFYING } from './corpus/held-out-ft.js';
import { HELD_OUT_FU_CLEAN, HELD_OUT_FU_IDENTIFYING } from './corpus/held-out-fu.js';
import { HELD_OUT_FV_CLEAN, HELD_OUT_FV_IDENTIFYING } from './corpus/held-out-fv.js';
import { HELD_OUT_FW_CLEAN, HELD_OUT_FW_IDENTIFYING } from './corpus/held-out-fw.js';
import {
  FT_RULES_CLEAN,
  FT_RULES_IDENTIFYING,
  GB_RULES_CLEAN,
  GB_RULES_IDENTIFYING,
  GF_RULES_CLEAN,
  GF_RULES_IDENTIFYING,
  GK_RULES_CLEAN,
  GK_RULES_IDENTIFYING,
  GP_RULES_CLEAN,
  GP_RULES_IDENTIFYING,
  GU_RULES_CLEAN,
  GU_RULES_IDENTIFYING,
  GZ_RULES_CLEAN,
  GZ_RULES_IDENTIFYING,
  HJ_RULES_CLEAN,
  HJ_RULES_IDENTIFYING,
  HO_RULES_CLEAN,
  HO_RULES_IDENTIFYING,
  HT_RULES_CLEAN,
  HT_RULES_IDENTIFYING,
  IC_RULES_CLEAN,
  IC_RULES_IDENTIFYING,
  IH_RULES_CLEAN,
  IH_RULES_IDENTIFYING,
  LI_RULES_CLEAN,
  LI_RULES_IDENTIFYING,
} from './corpus/rules-untrained.js';
import { HELD_OUT_FX_CLEAN, HELD_OUT_FX_IDENTIFYING } from './corpus/held-out-fx.js';
import { HELD_OUT_FY_CLEAN, HELD_OUT_FY_IDENTIFYING } from './corpus/held-out-fy.js';
import { HELD_OUT_FZ_CLEAN, HELD_OUT_FZ_IDENTIFYING } from './corpus/held-out-fz.js';
import { HELD_OUT_GA_CLEAN, HELD_OUT_GA_IDENTIFYING } from './corpus/held-out-ga.js';
import { HELD_OUT_GB_CLEAN, HELD_OUT_GB_IDENTIFYING } from './corpus/held-out-gb.js';
import { HELD_OUT_GC_CLEAN, HELD_OUT_GC_IDENTIFYING } from './corpus/held-out-gc.js';
import { HELD_OUT_GD_CLEAN, HELD_OUT_GD_IDENTIFYING } from './corpus/held-out-gd.js';
import { HELD_OUT_GE_CLEAN, HELD_OUT_GE_IDENTIFYING } from './corpus/held-out-ge.js';
import { HELD_OUT_GF_CLEAN, HELD_OUT_GF_IDENTIFYING } from './corpus/held-out-gf.js';
import { HELD_OUT_GG_CLEAN, HELD_OUT_GG_IDENTIFYING } from './corpus/held-out-gg.js';
import { HELD_OUT_GH_CLEAN, HELD_OUT_GH_IDENTIFYING } from './corpus/held-out-gh.js';
import { HELD_OUT_GI_CLEAN, HELD_OUT_GI_IDENTIFYING } from './corpus/held-out-gi.js';
import { HELD_OUT_GJ_CLEAN, HELD_OUT_GJ_IDENTIFYING } from './corpus/held-out-gj.js';
import { HELD_OUT_GK_CLEAN, HELD_OUT_GK_IDENTIFYING } from './corpus/held-out-gk.js';
import { HELD_OUT_GL_CLEAN, HELD_OUT_GL_IDENTIFYING } from './corpus/held-out-gl.js';
import { HELD_OUT_GM_CLEAN, HELD_OUT_GM_IDENTIFYING } from './corpus/held-out-gm.js';
import { HELD_OUT_GN_CLEAN, HELD_OUT_GN_IDENTIFYING } from './corpus/held-out-gn.js';
import { HELD_OUT_GO_CLEAN, HELD_OUT_GO_IDENTIFYING } from './corpus/held-out-go.js';
import { HELD_OUT_GP_CLEAN, HELD_OUT_GP_IDENTIFYING } from './corpus/held-out-gp.js';
import { HELD_OUT_GQ_CLEAN, HELD_OUT_GQ_IDENTIFYING } from './corpus/held-out-gq.js';
import { HELD_OUT_GR_CLEAN, HELD_OUT_GR_IDENTIFYING } from './corpus/held-out-gr.js';
import { HELD_OUT_GS_CLEAN, HELD_OUT_GS_IDENTIFYING } from './corpus/held-out-gs.js';
import { HELD_OUT_GT_CLEAN, HELD_OUT_GT_IDENTIFYING } from './corpus/held-out-gt.js';
import { HELD_OUT_GU_CLEAN, HELD_OUT_GU_IDENTIFYING } from './corpus/held-out-gu.js';
import { HELD_OUT_GV_CLEAN, HELD_OUT_GV_IDENTIFYING } from './corpus/held-out-gv.js';
import { HELD_OUT_GW_CLEAN, HELD_OUT_GW_IDENTIFYING } from './corpus/held-out-gw.js';
import { HELD_OUT_GX_CLEAN, HELD_OUT_GX_IDENTIFYING } from './corpus/held-out-gx.js';
import { HELD_OUT_GY_CLEAN, HELD_OUT_GY_IDENTIFYING } from './corpus/held-out-gy.js';
import { HELD_OUT_GZ_CLEAN, HELD_OUT_GZ_IDENTIFYING } from './corpus/held-out-gz.js';
import { HELD_OUT_HA_CLEAN, HELD_OUT_HA_IDENTIFYING } from './corpus/held-out-ha.js';
import { HELD_OUT_HB_CLEAN, HELD_OUT_HB_IDENTIFYING } from './corpus/held-out-hb.js';
import { HELD_OUT_HC_CLEAN, HELD_OUT_HC_IDENTIFYING } from './corpus/held-out-hc.js';
import { HELD_OUT_HD_CLEAN, HELD_OUT_HD_IDENTIFYING } from './corpus/held-out-hd.js';
import { HELD_OUT_HJ_CLEAN, HELD_OUT_HJ_IDENTIFYING } from './corpus/held-out-hj.js';
import { HELD_OUT_HK_CLEAN, HELD_OUT_HK_IDENTIFYING } from './corpus/held-out-hk.js';
import { HELD_OUT_HL_CLEAN, HELD_OUT_HL_IDENTIFYING } from './corpus/held-out-hl.js';
import { HELD_OUT_HM_CLEAN, HELD_OUT_HM_IDENTIFYING } from './corpus/held-out-hm.js';
import { HELD_OUT_HN_CLEAN, HELD_OUT_HN_IDENTIFYING } from './corpus/held-out-hn.js';
import { HELD_OUT_HO_CLEAN, HELD_OUT_HO_IDENTIFYING } from './corpus/held-out-ho.js';
import { HELD_OUT_HP_CLEAN, HELD_OUT_HP_IDENTIFYING } from './corpus/held-out-hp.js';
import { HELD_OUT_HQ_CLEAN, HELD_OUT_HQ_IDENTIFYING } from './corpus/held-out-hq.js';
import { HELD_OUT_HR_CLEAN, HELD_OUT_HR_IDENTIFYING } from './corpus/held-out-hr.js';
import { HELD_OUT_HS_CLEAN, HELD_OUT_HS_IDENTIFYING } from './corpus/held-out-hs.js';
import { HELD_OUT_HT_CLEAN, HELD_OUT_HT_IDENTIFYING } from './corpus/held-out-ht.js';
import { HELD_OUT_HU_CLEAN, HELD_OUT_HU_IDENTIFYING } from './corpus/held-out-hu.js';
import { HELD_OUT_HV_CLEAN, HELD_OUT_HV_IDENTIFYING } from './corpus/held-out-hv.js';
import { HELD_OUT_HW_CLEAN, HELD_OUT_HW_IDENTIFYING } from './corpus/held-out-hw.js';
import { HELD_OUT_HX_CLEAN, HELD_OUT_HX_IDENTIFYING } from './corpus/held-out-hx.js';
import { HELD_OUT_HY_CLEAN, HELD_OUT_HY_IDENTIFYING } from './corpus/held-out-hy.js';
import { HELD_OUT_HZ_CLEAN, HELD_OUT_HZ_IDENTIFYING } from './corpus/held-out-hz.js';
import { HELD_OUT_IA_CLEAN, HELD_OUT_IA_IDENTIFYING } from './corpus/held-out-ia.js';
import { HELD_OUT_IB_CLEAN, HELD_OUT_IB_IDENTIFYING } from './corpus/held-out-ib.js';
import { HELD_OUT_IC_CLEAN, HELD_OUT_IC_IDENTIFYING } from './corpus/held-out-ic.js';
import { HELD_OUT_ID_CLEAN, HELD_OUT_ID_IDENTIFYING } from './corpus/held-out-id.js';
import { HELD_OUT_IE_CLEAN, HELD_OUT_IE_IDENTIFYING } from './corpus/held-out-ie.js';
import { HELD_OUT_IF_CLEAN, HELD_OUT_IF_IDENTIFYING } from './corpus/held-out-if.js';
import { HELD_OUT_IG_CLEAN, HELD_OUT_IG_IDENTIFYING } from './corpus/held-out-ig.js';
import { HELD_OUT_IH_CLEAN, HELD_OUT_IH_IDENTIFYING } from './corpus/held-out-ih.js';
import { HELD_OUT_II_CLEAN, HELD_OUT_II_IDENTIFYING } from './corpus/held-out-ii.js';
import { HELD_OUT_IJ_CLEAN, HELD_OUT_IJ_IDENTIFYING } from './corpus/held-out-ij.js';
import { HELD_OUT_IK_CLEAN, HELD_OUT_IK_IDENTIFYING } from './corpus/held-out-ik.js';
import { HELD_OUT_IL_CLEAN, HELD_OUT_IL_IDENTIFYING } from './corpus/held-out-il.js';
import { HELD_OUT_IM_CLEAN, HELD_OUT_IM_IDENTIFYING } from './corpus/held-out-im.js';
import { HELD_OUT_IN_CLEAN, HELD_OUT_IN_IDENTIFYING } from './corpus/held-out-in.js';
import { HELD_OUT_IO_CLEAN, HELD_OUT_IO_IDENTIFYING } from './corpus/held-out-io.js';
import { HELD_OUT_IP_CLEAN, HELD_OUT_IP_IDENTIFYING } from './corpus/held-out-ip.js';
import { HELD_OUT_IQ_CLEAN, HELD_OUT_IQ_IDENTIFYING } from './corpus/held-out-iq.js';
import { HELD_OUT_IR_CLEAN, HELD_OUT_IR_IDENTIFYING } from './corpus/held-out-ir.js';
import { HELD_OUT_IS_CLEAN, HELD_OUT_IS_IDENTIFYING } from './corpus/held-out-is.js';
import { HELD_OUT_IT_CLEAN, HELD_OUT_IT_IDENTIFYING } from './corpus/held-out-it.js';
import { HELD_OUT_IU_CLEAN, HELD_OUT_IU_IDENTIFYING } from './corpus/held-out-iu.js';
import { HELD_OUT_IV_CLEAN, HELD_OUT_IV_IDENTIFYING } from './corpus/held-out-iv.js';
import { HELD_OUT_IW_CLEAN, HELD_OUT_IW_IDENTIFYING } from './corpus/held-out-iw.js';
import { HELD_OUT_IX_CLEAN, HELD_OUT_IX_IDENTIFYING } from './corpus/held-out-ix.js';
import { HELD_OUT_IY_CLEAN, HELD_OUT_IY_IDENTIFYING } from './corpus/held-out-iy.js';
import { HELD_OUT_IZ_CLEAN, HELD_OUT_IZ_IDENTIFYING } from './corpus/held-out-iz.js';
import { HELD_OUT_JC_CLEAN, HELD_OUT_JC_IDENTIFYING } from './corpus/held-out-jc.js';
import { HELD_OUT_JD_CLEAN, HELD_OUT_JD_IDENTIFYING } from './corpus/held-out-jd.js';
import { HELD_OUT_HE_CLEAN, HELD_OUT_HE_IDENTIFYING } from './corpus/held-out-he.js';
import { HELD_OUT_HF_CLEAN, HELD_OUT_HF_IDENTIFYING } from './corpus/held-out-hf.js';
import { HELD_OUT_HG_CLEAN, HELD_OUT_HG_IDENTIFYING } from './corpus/held-out-hg.js';
import { HELD_OUT_HH_CLEAN, HELD_OUT_HH_IDENTIFYING } from './corpus/held-out-hh.js';
import { HELD_OUT_HI_CLEAN, HELD_OUT_HI_IDENTIFYING } from './corpus/held-out-hi.js';
import { HELD_OUT_EP_CLEAN, HELD_OUT_EP_IDENTIFYING } from './corpus/held-out-ep.js';
import { measure, pct, report, type Measurement } from './corpus/measure.js';
import type { PrivacyKind } from './types.js';

const ALWAYS: readonly PrivacyKind[] = ['bsn', 'email', 'phone', 'postcode'];
const MIN_DIRECT_RECALL = 0.97;
const MAX_FALSE_ALARMS = 0.02;

/**
 * Each held-out batch on its one untouched run (direct identifiers found/expected, clean sentences
 * flagged/clean). A's run was with the guard before this work; B–J's with the guard as it was when
 * the batch was written. History, not re-measured.
 */
const FIRST_RUNS = [
  { batch: 'A (guard before this work)', direct: [37, 68], flagged: [0, 70] },
  { batch: 'B', direct: [54, 55], flagged: [0, 60] },
  { batch: 'C', direct: [56, 58], flagged: [2, 59] },
  { batch: 'D', direct: [42, 46], flagged: [3, 56] },
  { batch: 'E', direct: [48, 53], flagged: [1, 60] },
  { batch: 'F', direct: [45, 48], flagged: [3, 55] },
  { batch: 'G', direct: [44, 47], flagged: [2, 51] },
  { batch: 'H', direct: [44, 46], flagged: [0, 50] },
  { batch: 'I (new writer, README only)', direct: [65, 73], flagged: [3, 65] },
  { batch: 'J (after tuning on I)', direct: [58, 61], flagged: [3, 63] },
  { batch: 'K (new writer, blind to rules, README and batches)', direct: [140, 156], flagged: [1, 130] },
  { batch: 'L (blind writer, after tuning on K)', direct: [161, 168], flagged: [3, 130] },
  { batch: 'M (blind writer, after tuning on L)', direct: [150, 161], flagged: [3, 130] },
  { batch: 'N (blind writer, after tuning on M)', direct: [157, 168], flagged: [5, 130] },
  { batch: 'O (blind writer, new styles, after tuning on N)', direct: [114, 133], flagged: [11, 130] },
  { batch: 'P (blind writer, after tuning on O)', direct: [124, 131], flagged: [5, 130] },
  { batch: 'Q (blind writer, new styles, after tuning on P)', direct: [118, 135], flagged: [6, 130] },
  { batch: 'R (blind writer, after tuning on Q)', direct: [123, 131], flagged: [10, 130] },
  { batch: 'S (blind writer, after tuning on R)', direct: [128, 131], flagged: [8, 130] },
  { batch: 'T (blind writer, after tuning on S)', direct: [109, 112], flagged: [3, 130] },
  { batch: 'U (blind writer, after tuning on T)', direct: [131, 134], flagged: [1, 130] },
  { batch: 'V (blind writer, same guard as U)', direct: [117, 122], flagged: [6, 130] },
  { batch: 'W (blind writer, after tuning on U and V)', direct: [167, 193], flagged: [4, 130] },
  { batch: 'X (blind writer, same guard as W)', direct: [184, 208], flagged: [11, 130] },
  { batch: 'Y (blind writer, after tuning on W and X)', direct: [193, 209], flagged: [8, 130] },
  { batch: 'Z (blind writer, same guard as Y)', direct: [238, 256], flagged: [0, 130] },
  { batch: 'AA (blind writer, after tuning on Y and Z)', direct: [158, 171], flagged: [0, 130] },
  { batch: 'AB (blind writer, same guard as AA)', direct: [194, 205], flagged: [3, 130] },
  { batch: 'AC (blind writer, after tuning on AA and AB)', direct: [168, 178], flagged: [2, 130] },
  { batch: 'AD (blind writer, same guard as AC)', direct: [182, 187], flagged: [4, 130] },
  { batch: 'AE (blind writer, after tuning on AC and AD)', direct: [197, 209], flagged: [5, 130] },
  { batch: 'AF (blind writer, same guard as AE)', direct: [203, 215], flagged: [5, 130] },
  { batch: 'AG (blind writer, after tuning on AE and AF)', direct: [172, 176], flagged: [1, 130] },
  { batch: 'AH (blind writer, same guard as AG)', direct: [191, 206], flagged: [10, 130] },
  { batch: 'AI (blind writer, after tuning on AG and AH)', direct: [184, 190], flagged: [2, 130] },
  { batch: 'AJ (blind writer, same guard as AI)', direct: [194, 209], flagged: [0, 132] },
  { batch: 'AK (blind writer, after tuning on AI and AJ)', direct: [198, 202], flagged: [0, 130] },
  { batch: 'AL (blind writer, same guard as AK)', direct: [250, 254], flagged: [3, 130] },
  { batch: 'AM (blind writer, guard of AK declared beforehand)', direct: [139, 163], flagged: [2, 130] },
  { batch: 'AN (blind writer, guard of AK declared beforehand)', direct: [181, 185], flagged: [4, 130] },
  { batch: 'AO (blind writer, guard after AM declared beforehand)', direct: [117, 143], flagged: [0, 130] },
  { batch: 'AP (blind writer, same declared guard as AO)', direct: [191, 204], flagged: [1, 131] },
  { batch: 'AQ (blind writer, context model declared beforehand)', direct: [167, 184], flagged: [2, 130] },
  { batch: 'AR (blind writer, same declared guard as AQ)', direct: [153, 170], flagged: [4, 130] },
  { batch: 'AS (blind writer, same declared guard as AQ)', direct: [178, 181], flagged: [0, 130] },
  { batch: 'AT (blind writer, guard after AQ and AR declared beforehand)', direct: [157, 164], flagged: [0, 130] },
  { batch: 'AU (blind writer, same declared guard as AT)', direct: [188, 200], flagged: [8, 130] },
  { batch: 'AV (blind writer, guard after AU declared beforehand)', direct: [180, 202], flagged: [3, 130] },
  { batch: 'AW (blind writer, same declared guard as AV)', direct: [180, 196], flagged: [0, 130] },
  { batch: 'AX (blind writer, guard after AV and AW declared beforehand)', direct: [148, 158], flagged: [1, 130] },
  { batch: 'AY (blind writer, same declared guard as AX)', direct: [212, 220], flagged: [0, 130] },
  { batch: 'AZ (blind writer, guard after AX and AY declared beforehand)', direct: [144, 159], flagged: [2, 130] },
  { batch: 'BA (blind writer, same declared guard as AZ)', direct: [191, 202], flagged: [0, 130] },
  { batch: 'BB (blind writer, same declared guard as AZ)', direct: [124, 142], flagged: [4, 132] },
  { batch: 'BC (blind writer, same declared guard as AZ)', direct: [176, 183], flagged: [1, 130] },
  { batch: 'BD (blind writer, guard after AZ–BC declared beforehand)', direct: [174, 190], flagged: [2, 130] },
  { batch: 'BE (blind writer, same declared guard as BD)', direct: [193, 199], flagged: [1, 130] },
  { batch: 'BF (blind writer, guard after BD and BE declared beforehand)', direct: [143, 150], flagged: [0, 130] },
  { batch: 'BG (blind writer, same declared guard as BF)', direct: [190, 198], flagged: [4, 130] },
  { batch: 'BH (blind writer, same declared guard as BF)', direct: [192, 194], flagged: [7, 130] },
  { batch: 'BI (blind writer, guard after BF–BH declared beforehand)', direct: [163, 170], flagged: [5, 130] },
  { batch: 'BJ (blind writer, same declared guard as BI)', direct: [170, 178], flagged: [7, 130] },
  { batch: 'BK (blind writer, same declared guard as BI)', direct: [180, 181], flagged: [1, 130] },
  { batch: 'BL (blind writer, guard after BI–BK declared beforehand)', direct: [153, 168], flagged: [1, 130] },
  { batch: 'BM (blind writer, same declared guard as BL)', direct: [189, 208], flagged: [1, 130] },
  { batch: 'BN (blind writer, same declared guard as BL)', direct: [189, 194], flagged: [1, 130] },
  { batch: 'BO (blind writer, guard after BL–BN declared beforehand)', direct: [150, 163], flagged: [1, 130] },
  { batch: 'BP (blind writer, same declared guard as BO)', direct: [183, 191], flagged: [1, 130] },
  { batch: 'BQ (blind writer, same declared guard as BO)', direct: [193, 197], flagged: [3, 130] },
  { batch: 'BR (blind writer, guard after BO–BQ declared beforehand)', direct: [130, 141], flagged: [1, 130] },
  { batch: 'BS (blind writer, same declared guard as BR)', direct: [181, 183], flagged: [2, 130] },
  { batch: 'BT (blind writer, same declared guard as BR)', direct: [151, 160], flagged: [2, 130] },
  { batch: 'BU (blind writer, same declared guard as BR)', direct: [178, 184], flagged: [0, 130] },
  { batch: 'BV (blind writer, guard after BR–BU declared beforehand)', direct: [154, 167], flagged: [2, 130] },
  { batch: 'BW (blind writer, same declared guard as BV)', direct: [179, 183], flagged: [0, 130] },
  { batch: 'BX (blind writer, same declared guard as BV)', direct: [180, 191], flagged: [1, 130] },
  { batch: 'BY (blind writer, same declared guard as BV)', direct: [198, 202], flagged: [0, 130] },
  { batch: 'BZ (blind writer, BV\'s guard declared again)', direct: [204, 218], flagged: [1, 130] },
  { batch: 'CA (blind writer, same declared guard as BZ)', direct: [154, 161], flagged: [0, 130] },
  { batch: 'CB (blind writer, same declared guard as BZ)', direct: [177, 186], flagged: [0, 130] },
  { batch: 'CC (blind writer, same declared guard as BZ)', direct: [195, 198], flagged: [3, 130] },
  { batch: 'CD (blind writer, guard after BZ–CC declared beforehand)', direct: [163, 171], flagged: [1, 130] },
  { batch: 'CE (blind writer, same declared guard as CD)', direct: [195, 205], flagged: [2, 130] },
  { batch: 'CF (blind writer, same declared guard as CD)', direct: [156, 160], flagged: [2, 130] },
  { batch: 'CG (blind writer, same declared guard as CD)', direct: [200, 207], flagged: [0, 130] },
  { batch: 'CH (blind writer, guard after CD–CG declared beforehand)', direct: [160, 168], flagged: [1, 130] },
  { batch: 'CI (blind writer, same declared guard as CH)', direct: [174, 178], flagged: [0, 130] },
  { batch: 'CJ (blind writer, same declared guard as CH)', direct: [156, 163], flagged: [1, 130] },
  { batch: 'CK (blind writer, same declared guard as CH)', direct: [218, 222], flagged: [3, 130] },
  { batch: 'CL (blind writer, guard after CH–CK declared beforehand)', direct: [149, 156], flagged: [0, 130] },
  { batch: 'CM (blind writer, same declared guard as CL)', direct: [156, 158], flagged: [0, 130] },
  { batch: 'CN (blind writer, same declared guard as CL)', direct: [174, 179], flagged: [1, 131] },
  { batch: 'CO (blind writer, same declared guard as CL)', direct: [180, 183], flagged: [1, 130] },
  { batch: 'CP (blind writer, guard after CL–CO declared beforehand)', direct: [184, 200], flagged: [1, 130] },
  { batch: 'CQ (blind writer, same declared guard as CP)', direct: [170, 180], flagged: [0, 130] },
  { batch: 'CR (blind writer, same declared guard as CP)', direct: [192, 196], flagged: [1, 131] },
  { batch: 'CS (blind writer, same declared guard as CP)', direct: [178, 181], flagged: [1, 130] },
  { batch: 'CT (blind writer, same declared guard as CP)', direct: [163, 174], flagged: [1, 130] },
  { batch: 'CU (blind writer, guard after CP–CT declared beforehand)', direct: [181, 189], flagged: [2, 132] },
  { batch: 'CV (blind writer, same declared guard as CU)', direct: [180, 184], flagged: [1, 130] },
  { batch: 'CW (blind writer, same declared guard as CU)', direct: [158, 164], flagged: [0, 132] },
  { batch: 'CX (blind writer, guard after CU–CW declared beforehand)', direct: [158, 166], flagged: [0, 130] },
  { batch: 'CY (blind writer, same declared guard as CX)', direct: [189, 197], flagged: [0, 130] },
  { batch: 'CZ (blind writer, same declared guard as CX)', direct: [173, 187], flagged: [2, 130] },
  { batch: 'DA (blind writer, guard after CX–CZ declared beforehand)', direct: [193, 199], flagged: [2, 130] },
  { batch: 'DB (blind writer, same declared guard as DA)', direct: [180, 190], flagged: [2, 130] },
  { batch: 'DC (blind writer, same declared guard as DA)', direct: [180, 199], flagged: [4, 130] },
  { batch: 'DD (blind writer, chat, guard after DA–DC declared beforehand)', direct: [194, 197], flagged: [0, 130] },
  { batch: 'DE (blind writer, chat, same declared guard as DD)', direct: [189, 195], flagged: [1, 130] },
  { batch: 'DF (blind writer, chat, same declared guard as DD)', direct: [186, 197], flagged: [2, 130] },
  { batch: 'DG (blind writer, dictated, same declared guard as DD)', direct: [188, 198], flagged: [1, 130] },
  { batch: 'DH (blind writer, written casus texts, same declared guard as DD)', direct: [194, 196], flagged: [2, 130] },
  { batch: 'DI (blind writer, chat, same declared guard as DD)', direct: [190, 194], flagged: [1, 130] },
  { batch: 'DJ (blind writer, chat, guard after DD–DI declared beforehand)', direct: [189, 198], flagged: [0, 130] },
  { batch: 'DK (blind writer, chat, same declared guard as DJ)', direct: [191, 196], flagged: [1, 130] },
  { batch: 'DL (blind writer, chat, same declared guard as DJ)', direct: [189, 196], flagged: [1, 130] },
  { batch: 'DM (blind writer, chat, same declared guard as DJ)', direct: [155, 163], flagged: [0, 130] },
  { batch: 'DN (blind writer, dictated, same declared guard as DJ)', direct: [174, 191], flagged: [1, 130] },
  { batch: 'DO (blind writer, written casus texts, same declared guard as DJ)', direct: [191, 192], flagged: [1, 130] },
  { batch: 'DP (blind writer, chat, guard after DJ–DO declared beforehand)', direct: [191, 198], flagged: [0, 130] },
  { batch: 'DQ (blind writer, chat, same declared guard as DP)', direct: [189, 192], flagged: [1, 130] },
  { batch: 'DR (blind writer, dictated, same declared guard as DP)', direct: [177, 189], flagged: [1, 130] },
  { batch: 'DS (blind writer, dictated, same declared guard as DP)', direct: [179, 192], flagged: [2, 130] },
  { batch: 'DT (blind writer, dictated, guard after DP–DS declared beforehand)', direct: [189, 197], flagged: [0, 130] },
  { batch: 'DU (blind writer, dictated, same declared guard as DT)', direct: [185, 196], flagged: [0, 130] },
  { batch: 'DV (blind writer, dictated, guard after DT and DU declared beforehand)', direct: [177, 191], flagged: [0, 130] },
  { batch: 'DW (blind writer, dictated, same declared guard as DV)', direct: [184, 198], flagged: [1, 130] },
  { batch: 'DX (blind writer, chat, same declared guard as DV)', direct: [184, 196], flagged: [2, 130] },
  { batch: 'DY (blind writer, chat, same declared guard as DV)', direct: [188, 195], flagged: [0, 130] },
  { batch: 'DZ (blind writer, dictated, guard after DV–DY declared beforehand)', direct: [177, 188], flagged: [2, 130] },
  { batch: 'EA (blind writer, dictated, same declared guard as DZ)', direct: [180, 189], flagged: [3, 130] },
  { batch: 'EB (blind writer, chat, same declared guard as DZ)', direct: [178, 185], flagged: [1, 130] },
  { batch: 'EC (blind writer, chat, same declared guard as DZ)', direct: [181, 186], flagged: [0, 130] },
  { batch: 'ED (blind writer, dictated, guard after DZ–EC declared beforehand)', direct: [184, 190], flagged: [0, 130] },
  { batch: 'EE (blind writer, dictated, same declared guard as ED)', direct: [185, 192], flagged: [1, 130] },
  { batch: 'EF (blind writer, chat, same declared guard as ED)', direct: [189, 192], flagged: [2, 130] },
  { batch: 'EG (blind writer, chat, same declared guard as ED)', direct: [189, 197], flagged: [0, 130] },
  { batch: 'EH (blind writer, dictated, guard after ED–EG declared beforehand)', direct: [180, 186], flagged: [2, 130] },
  { batch: 'EI (blind writer, dictated, same declared guard as EH)', direct: [183, 190], flagged: [0, 130] },
  { batch: 'EJ (blind writer, chat, same declared guard as EH)', direct: [187, 194], flagged: [2, 130] },
  { batch: 'EK (blind writer, chat, same declared guard as EH)', direct: [186, 197], flagged: [0, 130] },
  { batch: 'EL (blind writer, dictated, guard after EH–EK declared beforehand: the current guard)', direct: [187, 197], flagged: [1, 130] },
  { batch: 'EM (blind writer, dictated, same declared guard as EL)', direct: [191, 195], flagged: [0, 130] },
  { batch: 'EN (blind writer, chat, same declared guard as EL)', direct: [185, 197], flagged: [0, 130] },
  { batch: 'EO (blind writer, chat, same declared guard as EL)', direct: [191, 198], flagged: [0, 130] },
  { batch: 'EP (blind writer, written casus texts, same declared guard as EL)', direct: [196, 198], flagged: [3, 130] },
  { batch: 'EQ (blind writer, dictated, guard after EL–EO declared beforehand)', direct: [189, 198], flagged: [0, 130] },
  { batch: 'ER (blind writer, dictated, same declared guard as EQ)', direct: [183, 196], flagged: [0, 130] },
  { batch: 'EU (blind writer, dictated, same declared guard as EQ)', direct: [187, 194], flagged: [0, 130] },
  { batch: 'ES (blind writer, chat, same declared guard as EQ)', direct: [186, 191], flagged: [1, 130] },
  { batch: 'ET (blind writer, chat, same declared guard as EQ)', direct: [193, 198], flagged: [1, 130] },
  { batch: 'EV (blind writer, chat, same declared guard as EQ)', direct: [182, 193], flagged: [0, 130] },
  { batch: 'EW (blind writer, written casus texts, same declared guard as EQ)', direct: [195, 198], flagged: [0, 130] },
  { batch: 'EX (blind writer, dictated, guard after EQ–EW declared beforehand)', direct: [187, 198], flagged: [0, 130] },
  { batch: 'EY (blind writer, chat, same declared guard as EX)', direct: [188, 190], flagged: [0, 130] },
  { batch: 'EZ (blind writer, chat, same declared guard as EX)', direct: [179, 185], flagged: [1, 130] },
  { batch: 'FA (blind writer, dictated, guard after EX–EZ declared beforehand)', direct: [181, 187], flagged: [0, 130] },
  { batch: 'FB (blind writer, dictated, same declared guard as FA)', direct: [194, 199], flagged: [1, 130] },
  { batch: 'FC (blind writer, dictated, same declared guard as FA)', direct: [185, 197], flagged: [0, 130] },
  { batch: 'FD (blind writer, chat, same declared guard as FA)', direct: [191, 197], flagged: [0, 130] },
  { batch: 'FE (blind writer, dictated, guard after FA–FD declared beforehand)', direct: [149, 166], flagged: [1, 130] },
  { batch: 'FF (blind writer, dictated, same declared guard as FE)', direct: [192, 198], flagged: [1, 130] },
  { batch: 'FG (blind writer, dictated, same declared guard as FE)', direct: [185, 188], flagged: [0, 130] },
  { batch: 'FH (blind writer, dictated, same declared guard as FE)', direct: [182, 193], flagged: [1, 130] },
  { batch: 'FI (blind writer, chat, same declared guard as FE)', direct: [179, 190], flagged: [1, 130] },
  { batch: 'FJ (blind writer, chat, same declared guard as FE)', direct: [191, 197], flagged: [0, 130] },
  { batch: 'FK (blind writer, written casus texts, same declared guard as FE)', direct: [197, 200], flagged: [1, 130] },
  { batch: 'FL (blind writer, dictated, guard after FE–FK declared beforehand)', direct: [190, 196], flagged: [0, 130] },
  { batch: 'FM (blind writer, dictated, same declared guard as FL)', direct: [180, 192], flagged: [0, 130] },
  { batch: 'FN (blind writer, chat, same declared guard as FL)', direct: [187, 197], flagged: [0, 130] },
  { batch: 'FO (blind writer, chat, same declared guard as FL)', direct: [180, 191], flagged: [0, 130] },
  { batch: 'FP (blind writer, dictated, guard after FL–FO declared beforehand)', direct: [194, 198], flagged: [0, 130] },
  { batch: 'FQ (blind writer, dictated, same declared guard as FP)', direct: [187, 198], flagged: [0, 130] },
  { batch: 'FR (blind writer, chat, same declared guard as FP)', direct: [195, 198], flagged: [0, 130] },
  { batch: 'FS (blind writer, chat, same declared guard as FP)', direct: [189, 199], flagged: [1, 130] },
  { batch: 'FT (blind writer, dictated, guard after FP–FS declared beforehand: the current guard)', direct: [189, 194], flagged: [0, 130] },
  { batch: 'FU (blind writer, dictated, same declared guard as FT)', direct: [190, 197], flagged: [1, 130] },
  { batch: 'FV (blind writer, chat, same declared guard as FT)', direct: [190, 198], flagged: [0, 130] },
  { batch: 'FW (blind writer, chat, same declared guard as FT)', direct: [193, 198], flagged: [0, 130] },
  { batch: 'FX (blind writer, dictated, guards of 371ec9f and 32822d9 declared beforehand, equal on it)', direct: [184, 189], flagged: [2, 130] },
  { batch: 'FY (blind writer, dictated, same declared guards as FX)', direct: [183, 193], flagged: [1, 130] },
  { batch: 'FZ (blind writer, chat, same declared guards as FX)', direct: [185, 197], flagged: [1, 130] },
  { batch: 'GA (blind writer, chat, same declared guards as FX)', direct: [194, 198], flagged: [2, 130] },
  { batch: 'GB (blind writer, dictated, guards of 371ec9f and 51c855a declared beforehand: the current guard)', direct: [154, 157], flagged: [0, 130] },
  { batch: 'GC (blind writer, dictated, same declared guard as GB)', direct: [178, 192], flagged: [2, 130] },
  { batch: 'GD (blind writer, chat, same declared guard as GB)', direct: [185, 193], flagged: [1, 130] },
  { batch: 'GE (blind writer, chat, same declared guard as GB)', direct: [196, 199], flagged: [0, 130] },
  { batch: 'GF (blind writer, dictated, guards of 51c855a and 70a3cc5 declared beforehand, equal on it)', direct: [177, 187], flagged: [0, 130] },
  { batch: 'GG (blind writer, dictated, same declared guards as GF)', direct: [186, 195], flagged: [1, 130] },
  { batch: 'GH (blind writer, dictated, same declared guards as GF)', direct: [183, 189], flagged: [0, 130] },
  { batch: 'GI (blind writer, chat, same declared guards as GF)', direct: [187, 199], flagged: [5, 130] },
  { batch: 'GJ (blind writer, chat, same declared guards as GF)', direct: [195, 200], flagged: [0, 130] },
  { batch: 'GK (blind writer, dictated, guards of 51c855a and 57809da declared beforehand, equal on it)', direct: [187, 192], flagged: [0, 130] },
  { batch: 'GL (blind writer, dictated, same declared guards as GK)', direct: [180, 191], flagged: [2, 130] },
  { batch: 'GM (blind writer, dictated, same declared guards as GK)', direct: [184, 190], flagged: [1, 130] },
  { batch: 'GN (blind writer, chat, same declared guards as GK)', direct: [192, 197], flagged: [4, 130] },
  { batch: 'GO (blind writer, chat, same declared guards as GK)', direct: [179, 189], flagged: [3, 130] },
  { batch: 'GP (blind writer, dictated, guards of 371ec9f and 8f9fbe4 declared beforehand, equal on it: the current guard)', direct: [187, 198], flagged: [0, 130] },
  { batch: 'GQ (blind writer, dictated, same declared guard as GP)', direct: [190, 198], flagged: [0, 130] },
  { batch: 'GR (blind writer, dictated, same declared guard as GP)', direct: [166, 175], flagged: [0, 130] },
  { batch: 'GS (blind writer, chat, same declared guard as GP)', direct: [184, 198], flagged: [0, 130] },
  { batch: 'GT (blind writer, chat, same declared guard as GP)', direct: [185, 197], flagged: [1, 130] },
  { batch: 'GU (blind writer, dictated, guards of fde6f83 and ecca110 declared beforehand, equal on it)', direct: [191, 198], flagged: [1, 130] },
  { batch: 'GV (blind writer, dictated, same declared guards as GU; fde6f83 185/197)', direct: [190, 197], flagged: [0, 130] },
  { batch: 'GW (blind writer, dictated, same declared guards as GU, equal on it)', direct: [191, 199], flagged: [1, 130] },
  { batch: 'GX (blind writer, chat, same declared guards as GU; fde6f83 185/196)', direct: [186, 196], flagged: [0, 130] },
  { batch: 'GY (blind writer, chat, same declared guards as GU; fde6f83 176/189)', direct: [175, 189], flagged: [0, 130] },
  { batch: 'GZ (blind writer, dictated, guards of fde6f83 and fd806e8 declared beforehand; fde6f83 163/174)', direct: [165, 174], flagged: [0, 130] },
  { batch: 'HA (blind writer, dictated, same declared guards as GZ; fde6f83 190/198)', direct: [192, 198], flagged: [0, 130] },
  { batch: 'HB (blind writer, dictated, same declared guards as GZ, equal on it)', direct: [180, 190], flagged: [0, 130] },
  { batch: 'HC (blind writer, chat, same declared guards as GZ; fde6f83 178/198)', direct: [184, 198], flagged: [1, 130] },
  { batch: 'HD (blind writer, chat, same declared guards as GZ; fde6f83 173/183)', direct: [177, 183], flagged: [0, 130] },
  { batch: 'HE (blind writer, dictated, guards of fde6f83, fd806e8 and e6dd127 declared beforehand, equal on it: the current guard)', direct: [174, 192], flagged: [0, 130] },
  { batch: 'HF (blind writer, dictated, same declared guards as HE; fde6f83 181/190, fd806e8 the same as e6dd127)', direct: [183, 190], flagged: [2, 130] },
  { batch: 'HG (blind writer, dictated, same declared guards as HE; fde6f83 186/198, fd806e8 the same as e6dd127)', direct: [189, 198], flagged: [0, 130] },
  { batch: 'HH (blind writer, chat, same declared guards as HE; fde6f83 183/189, fd806e8 185/189)', direct: [186, 189], flagged: [2, 130] },
  { batch: 'HI (blind writer, chat, same declared guards as HE; fde6f83 181/200, fd806e8 the same as e6dd127)', direct: [187, 200], flagged: [1, 130] },
  { batch: 'HJ (blind writer, dictated, guards of fde6f83 and 1bded19 declared beforehand; fde6f83 193/198)', direct: [194, 198], flagged: [1, 130] },
  { batch: 'HK (blind writer, dictated, same declared guards as HJ, equal on it)', direct: [185, 197], flagged: [1, 130] },
  { batch: 'HL (blind writer, dictated, same declared guards as HJ, equal on it)', direct: [190, 197], flagged: [2, 130] },
  { batch: 'HM (blind writer, chat, same declared guards as HJ; fde6f83 184/198)', direct: [189, 198], flagged: [3, 130] },
  { batch: 'HN (blind writer, chat, same declared guards as HJ; fde6f83 181/191)', direct: [182, 191], flagged: [0, 130] },
  { batch: 'HO (blind writer, dictated, guards of 1bded19 and 3511b78 declared beforehand, equal on it)', direct: [187, 193], flagged: [2, 130] },
  { batch: 'HP (blind writer, dictated, same declared guards as HO; 1bded19 190/198)', direct: [191, 198], flagged: [1, 130] },
  { batch: 'HQ (blind writer, dictated, same declared guards as HO; 1bded19 185/198)', direct: [187, 198], flagged: [0, 130] },
  { batch: 'HR (blind writer, chat, same declared guards as HO, equal on it)', direct: [186, 194], flagged: [5, 130] },
  { batch: 'HS (blind writer, chat, same declared guards as HO; 1bded19 185/188)', direct: [186, 188], flagged: [1, 130] },
  { batch: 'HT (blind writer, dictated, guards of 1bded19, 3511b78 and 6761d80 declared beforehand, equal on it)', direct: [193, 198], flagged: [0, 130] },
  { batch: 'HU (blind writer, dictated, same declared guards as HT; 1bded19 185/195, 3511b78 the same as 6761d80)', direct: [186, 195], flagged: [1, 130] },
  { batch: 'HV (blind writer, dictated, same declared guards as HT; 1bded19 188/190, 3511b78 the same as 6761d80)', direct: [189, 190], flagged: [1, 130] },
  { batch: 'HW (blind writer, chat, same declared guards as HT; 1bded19 188/198, 3511b78 189/198)', direct: [190, 198], flagged: [0, 130] },
  { batch: 'HX (blind writer, chat, same declared guards as HT; 1bded19 and 3511b78 185/192)', direct: [186, 192], flagged: [1, 130] },
  { batch: 'HY (blind writer, dictated, guards of 1bded19 and fd73d04 declared beforehand, equal on it: the current guard)', direct: [195, 197], flagged: [3, 130] },
  { batch: 'HZ (blind writer, dictated, same declared guards as HY, equal on it)', direct: [175, 189], flagged: [0, 130] },
  { batch: 'IA (blind writer, chat, same declared guards as HY; 1bded19 191/197)', direct: [192, 197], flagged: [1, 130] },
  { batch: 'IB (blind writer, chat, same declared guards as HY, equal on it)', direct: [188, 195], flagged: [1, 130] },
  { batch: 'IC (blind writer, dictated, the guard of 14dd313 declared beforehand)', direct: [122, 128], flagged: [0, 130] },
  { batch: 'ID (blind writer, dictated, same declared guard as IC)', direct: [140, 146], flagged: [2, 130] },
  { batch: 'IE (blind writer, dictated, same declared guard as IC)', direct: [151, 159], flagged: [0, 130] },
  { batch: 'IF (blind writer, chat, same declared guard as IC)', direct: [149, 152], flagged: [3, 130] },
  { batch: 'IG (blind writer, chat, same declared guard as IC)', direct: [140, 143], flagged: [1, 130] },
  { batch: 'IH (blind writer, dictated, guards of 14dd313 and 397333a declared beforehand, equal on it)', direct: [150, 165], flagged: [3, 130] },
  { batch: 'II (blind writer, dictated, same declared guards as IH; 14dd313 159/174)', direct: [160, 174], flagged: [1, 130] },
  { batch: 'IJ (blind writer, dictated, same declared guards as IH, equal on it)', direct: [131, 147], flagged: [0, 130] },
  { batch: 'IK (blind writer, chat, same declared guards as IH, equal on it)', direct: [156, 161], flagged: [1, 130] },
  { batch: 'IL (blind writer, dictated, guards of 14dd313, 397333a and cd77608 declared beforehand, equal on it: the current guard)', direct: [145, 157], flagged: [2, 130] },
  { batch: 'IM (blind writer, dictated, same declared guards as IL, equal on it)', direct: [174, 177], flagged: [0, 130] },
  { batch: 'IN (blind writer, dictated, same declared guards as IL, equal on it)', direct: [144, 146], flagged: [0, 130] },
  { batch: 'IO (blind writer, chat, same declared guards as IL, equal on it)', direct: [168, 174], flagged: [1, 130] },
  { batch: 'IP (blind writer, chat, same declared guards as IL, equal on it)', direct: [126, 133], flagged: [0, 130] },
  { batch: 'IQ (blind writer, dictated, guards of 14dd313 and cd77608 declared beforehand: the current guard; 14dd313 the same, 6 false alarms)', direct: [128, 140], flagged: [5, 130] },
  { batch: 'IR (blind writer, dictated, same declared guards as IQ, equal on it)', direct: [173, 176], flagged: [1, 130] },
  { batch: 'IS (blind writer, dictated, same declared guards as IQ; 14dd313 the same, 5 false alarms)', direct: [138, 142], flagged: [4, 130] },
  { batch: 'IT (blind writer, chat, same declared guards as IQ, equal on it)', direct: [145, 151], flagged: [0, 130] },
  { batch: 'IU (blind writer, chat, same declared guards as IQ; 14dd313 the same, 2 false alarms)', direct: [143, 150], flagged: [1, 130] },
  { batch: 'IV (blind writer, dictated, brief without example word-names; guards of 14dd313 and 43ebac1 declared beforehand, equal on it: the current guard)', direct: [153, 163], flagged: [1, 130] },
  { batch: 'IW (blind writer, dictated, same declared guards as IV, equal on it)', direct: [138, 141], flagged: [0, 130] },
  { batch: 'IX (blind writer, dictated, same declared guards as IV, equal on it)', direct: [151, 156], flagged: [0, 130] },
  { batch: 'IY (blind writer, chat, same declared guards as IV, equal on it; one postcode missed)', direct: [166, 173], flagged: [3, 130] },
  { batch: 'IZ (blind writer, chat, same declared guards as IV, equal on it)', direct: [141, 146], flagged: [1, 130] },
  { batch: 'JC (blind writer, dictated, the repository\'s brief; the guard of 16df997 declared beforehand: the current guard)', direct: [178, 182], flagged: [1, 130] },
  { batch: 'JD (blind writer, chat, same declared guard as JC)', direct: [154, 158], flagged: [1, 130] },
] as const;

const heldOut = [
  ['A', HELD_OUT_A_IDENTIFYING, HELD_OUT_A_CLEAN],
  ['B', HELD_OUT_B_IDENTIFYING, HELD_OUT_B_CLEAN],
  ['C', HELD_OUT_C_IDENTIFYING, HELD_OUT_C_CLEAN],
  ['D', HELD_OUT_D_IDENTIFYING, HELD_OUT_D_CLEAN],
  ['E', HELD_OUT_E_IDENTIFYING, HELD_OUT_E_CLEAN],
  ['F', HELD_OUT_F_IDENTIFYING, HELD_OUT_F_CLEAN],
  ['G', HELD_OUT_G_IDENTIFYING, HELD_OUT_G_CLEAN],
  ['H', HELD_OUT_H_IDENTIFYING, HELD_OUT_H_CLEAN],
  ['I', HELD_OUT_I_IDENTIFYING, HELD_OUT_I_CLEAN],
  ['J', HELD_OUT_J_IDENTIFYING, HELD_OUT_J_CLEAN],
  ['K', HELD_OUT_K_IDENTIFYING, HELD_OUT_K_CLEAN],
  ['L', HELD_OUT_L_IDENTIFYING, HELD_OUT_L_CLEAN],
  ['M', HELD_OUT_M_IDENTIFYING, HELD_OUT_M_CLEAN],
  ['N', HELD_OUT_N_IDENTIFYING, HELD_OUT_N_CLEAN],
  ['O', HELD_OUT_O_IDENTIFYING, HELD_OUT_O_CLEAN],
  ['P', HELD_OUT_P_IDENTIFYING, HELD_OUT_P_CLEAN],
  ['Q', HELD_OUT_Q_IDENTIFYING, HELD_OUT_Q_CLEAN],
  ['R', HELD_OUT_R_IDENTIFYING, HELD_OUT_R_CLEAN],
  ['S', HELD_OUT_S_IDENTIFYING, HELD_OUT_S_CLEAN],
  ['T', HELD_OUT_T_IDENTIFYING, HELD_OUT_T_CLEAN],
  ['U', HELD_OUT_U_IDENTIFYING, HELD_OUT_U_CLEAN],
  ['V', HELD_OUT_V_IDENTIFYING, HELD_OUT_V_CLEAN],
  ['W', HELD_OUT_W_IDENTIFYING, HELD_OUT_W_CLEAN],
  ['X', HELD_OUT_X_IDENTIFYING, HELD_OUT_X_CLEAN],
  ['Y', HELD_OUT_Y_IDENTIFYING, HELD_OUT_Y_CLEAN],
  ['Z', HELD_OUT_Z_IDENTIFYING, HELD_OUT_Z_CLEAN],
  ['AA', HELD_OUT_AA_IDENTIFYING, HELD_OUT_AA_CLEAN],
  ['AB', HELD_OUT_AB_IDENTIFYING, HELD_OUT_AB_CLEAN],
  ['AC', HELD_OUT_AC_IDENTIFYING, HELD_OUT_AC_CLEAN],
  ['AD', HELD_OUT_AD_IDENTIFYING, HELD_OUT_AD_CLEAN],
  ['AE', HELD_OUT_AE_IDENTIFYING, HELD_OUT_AE_CLEAN],
  ['AF', HELD_OUT_AF_IDENTIFYING, HELD_OUT_AF_CLEAN],
  ['AG', HELD_OUT_AG_IDENTIFYING, HELD_OUT_AG_CLEAN],
  ['AH', HELD_OUT_AH_IDENTIFYING, HELD_OUT_AH_CLEAN],
  ['AI', HELD_OUT_AI_IDENTIFYING, HELD_OUT_AI_CLEAN],
  ['AJ', HELD_OUT_AJ_IDENTIFYING, HELD_OUT_AJ_CLEAN],
  ['AK', HELD_OUT_AK_IDENTIFYING, HELD_OUT_AK_CLEAN],
  ['AL', HELD_OUT_AL_IDENTIFYING, HELD_OUT_AL_CLEAN],
  ['AM', HELD_OUT_AM_IDENTIFYING, HELD_OUT_AM_CLEAN],
  ['AO', HELD_OUT_AO_IDENTIFYING, HELD_OUT_AO_CLEAN],
  ['AP', HELD_OUT_AP_IDENTIFYING, HELD_OUT_AP_CLEAN],
  ['AQ', HELD_OUT_AQ_IDENTIFYING, HELD_OUT_AQ_CLEAN],
  ['AR', HELD_OUT_AR_IDENTIFYING, HELD_OUT_AR_CLEAN],
  ['AU', HELD_OUT_AU_IDENTIFYING, HELD_OUT_AU_CLEAN],
  ['AV', HELD_OUT_AV_IDENTIFYING, HELD_OUT_AV_CLEAN],
  ['AW', HELD_OUT_AW_IDENTIFYING, HELD_OUT_AW_CLEAN],
  ['AX', HELD_OUT_AX_IDENTIFYING, HELD_OUT_AX_CLEAN],
  ['AY', HELD_OUT_AY_IDENTIFYING, HELD_OUT_AY_CLEAN],
  ['AZ', HELD_OUT_AZ_IDENTIFYING, HELD_OUT_AZ_CLEAN],
  ['BA', HELD_OUT_BA_IDENTIFYING, HELD_OUT_BA_CLEAN],
  ['BB', HELD_OUT_BB_IDENTIFYING, HELD_OUT_BB_CLEAN],
  ['BC', HELD_OUT_BC_IDENTIFYING, HELD_OUT_BC_CLEAN],
  ['BD', HELD_OUT_BD_IDENTIFYING, HELD_OUT_BD_CLEAN],
  ['BE', HELD_OUT_BE_IDENTIFYING, HELD_OUT_BE_CLEAN],
  ['BF', HELD_OUT_BF_IDENTIFYING, HELD_OUT_BF_CLEAN],
  ['BG', HELD_OUT_BG_IDENTIFYING, HELD_OUT_BG_CLEAN],
  ['BH', HELD_OUT_BH_IDENTIFYING, HELD_OUT_BH_CLEAN],
  ['BI', HELD_OUT_BI_IDENTIFYING, HELD_OUT_BI_CLEAN],
  ['BJ', HELD_OUT_BJ_IDENTIFYING, HELD_OUT_BJ_CLEAN],
  ['BK', HELD_OUT_BK_IDENTIFYING, HELD_OUT_BK_CLEAN],
  ['BL', HELD_OUT_BL_IDENTIFYING, HELD_OUT_BL_CLEAN],
  ['BM', HELD_OUT_BM_IDENTIFYING, HELD_OUT_BM_CLEAN],
  ['BN', HELD_OUT_BN_IDENTIFYING, HELD_OUT_BN_CLEAN],
  ['BO', HELD_OUT_BO_IDENTIFYING, HELD_OUT_BO_CLEAN],
  ['BP', HELD_OUT_BP_IDENTIFYING, HELD_OUT_BP_CLEAN],
  ['BQ', HELD_OUT_BQ_IDENTIFYING, HELD_OUT_BQ_CLEAN],
  ['BR', HELD_OUT_BR_IDENTIFYING, HELD_OUT_BR_CLEAN],
  ['BS', HELD_OUT_BS_IDENTIFYING, HELD_OUT_BS_CLEAN],
  ['BT', HELD_OUT_BT_IDENTIFYING, HELD_OUT_BT_CLEAN],
  ['BU', HELD_OUT_BU_IDENTIFYING, HELD_OUT_BU_CLEAN],
  ['BZ', HELD_OUT_BZ_IDENTIFYING, HELD_OUT_BZ_CLEAN],
  ['CA', HELD_OUT_CA_IDENTIFYING, HELD_OUT_CA_CLEAN],
  ['CB', HELD_OUT_CB_IDENTIFYING, HELD_OUT_CB_CLEAN],
  ['CC', HELD_OUT_CC_IDENTIFYING, HELD_OUT_CC_CLEAN],
  ['CD', HELD_OUT_CD_IDENTIFYING, HELD_OUT_CD_CLEAN],
  ['CE', HELD_OUT_CE_IDENTIFYING, HELD_OUT_CE_CLEAN],
  ['CF', HELD_OUT_CF_IDENTIFYING, HELD_OUT_CF_CLEAN],
  ['CG', HELD_OUT_CG_IDENTIFYING, HELD_OUT_CG_CLEAN],
  ['CH', HELD_OUT_CH_IDENTIFYING, HELD_OUT_CH_CLEAN],
  ['CI', HELD_OUT_CI_IDENTIFYING, HELD_OUT_CI_CLEAN],
  ['CJ', HELD_OUT_CJ_IDENTIFYING, HELD_OUT_CJ_CLEAN],
  ['CK', HELD_OUT_CK_IDENTIFYING, HELD_OUT_CK_CLEAN],
  ['CL', HELD_OUT_CL_IDENTIFYING, HELD_OUT_CL_CLEAN],
  ['CM', HELD_OUT_CM_IDENTIFYING, HELD_OUT_CM_CLEAN],
  ['CN', HELD_OUT_CN_IDENTIFYING, HELD_OUT_CN_CLEAN],
  ['CO', HELD_OUT_CO_IDENTIFYING, HELD_OUT_CO_CLEAN],
  ['CP', HELD_OUT_CP_IDENTIFYING, HELD_OUT_CP_CLEAN],
  ['CQ', HELD_OUT_CQ_IDENTIFYING, HELD_OUT_CQ_CLEAN],
  ['CR', HELD_OUT_CR_IDENTIFYING, HELD_OUT_CR_CLEAN],
  ['CS', HELD_OUT_CS_IDENTIFYING, HELD_OUT_CS_CLEAN],
  ['CT', HELD_OUT_CT_IDENTIFYING, HELD_OUT_CT_CLEAN],
  ['CU', HELD_OUT_CU_IDENTIFYING, HELD_OUT_CU_CLEAN],
  ['CV', HELD_OUT_CV_IDENTIFYING, HELD_OUT_CV_CLEAN],
  ['CW', HELD_OUT_CW_IDENTIFYING, HELD_OUT_CW_CLEAN],
  ['CX', HELD_OUT_CX_IDENTIFYING, HELD_OUT_CX_CLEAN],
  ['CY', HELD_OUT_CY_IDENTIFYING, HELD_OUT_CY_CLEAN],
  ['CZ', HELD_OUT_CZ_IDENTIFYING, HELD_OUT_CZ_CLEAN],
  ['DA', HELD_OUT_DA_IDENTIFYING, HELD_OUT_DA_CLEAN],
  ['DB', HELD_OUT_DB_IDENTIFYING, HELD_OUT_DB_CLEAN],
  ['DC', HELD_OUT_DC_IDENTIFYING, HELD_OUT_DC_CLEAN],
  ['DD', HELD_OUT_DD_IDENTIFYING, HELD_OUT_DD_CLEAN],
  ['DE', HELD_OUT_DE_IDENTIFYING, HELD_OUT_DE_CLEAN],
  ['DF', HELD_OUT_DF_IDENTIFYING, HELD_OUT_DF_CLEAN],
  ['DG', HELD_OUT_DG_IDENTIFYING, HELD_OUT_DG_CLEAN],
  ['DH', HELD_OUT_DH_IDENTIFYING, HELD_OUT_DH_CLEAN],
  ['DI', HELD_OUT_DI_IDENTIFYING, HELD_OUT_DI_CLEAN],
  ['DJ', HELD_OUT_DJ_IDENTIFYING, HELD_OUT_DJ_CLEAN],
  ['DK', HELD_OUT_DK_IDENTIFYING, HELD_OUT_DK_CLEAN],
  ['DL', HELD_OUT_DL_IDENTIFYING, HELD_OUT_DL_CLEAN],
  ['DM', HELD_OUT_DM_IDENTIFYING, HELD_OUT_DM_CLEAN],
  ['DN', HELD_OUT_DN_IDENTIFYING, HELD_OUT_DN_CLEAN],
  ['DO', HELD_OUT_DO_IDENTIFYING, HELD_OUT_DO_CLEAN],
  ['DP', HELD_OUT_DP_IDENTIFYING, HELD_OUT_DP_CLEAN],
  ['DQ', HELD_OUT_DQ_IDENTIFYING, HELD_OUT_DQ_CLEAN],
  ['DR', HELD_OUT_DR_IDENTIFYING, HELD_OUT_DR_CLEAN],
  ['DS', HELD_OUT_DS_IDENTIFYING, HELD_OUT_DS_CLEAN],
  ['DV', HELD_OUT_DV_IDENTIFYING, HELD_OUT_DV_CLEAN],
  ['DW', HELD_OUT_DW_IDENTIFYING, HELD_OUT_DW_CLEAN],
  ['DX', HELD_OUT_DX_IDENTIFYING, HELD_OUT_DX_CLEAN],
  ['DY', HELD_OUT_DY_IDENTIFYING, HELD_OUT_DY_CLEAN],
  ['DZ', HELD_OUT_DZ_IDENTIFYING, HELD_OUT_DZ_CLEAN],
  ['EA', HELD_OUT_EA_IDENTIFYING, HELD_OUT_EA_CLEAN],
  ['EB', HELD_OUT_EB_IDENTIFYING, HELD_OUT_EB_CLEAN],
  ['EC', HELD_OUT_EC_IDENTIFYING, HELD_OUT_EC_CLEAN],
  ['ED', HELD_OUT_ED_IDENTIFYING, HELD_OUT_ED_CLEAN],
  ['EE', HELD_OUT_EE_IDENTIFYING, HELD_OUT_EE_CLEAN],
  ['EF', HELD_OUT_EF_IDENTIFYING, HELD_OUT_EF_CLEAN],
  ['EG', HELD_OUT_EG_IDENTIFYING, HELD_OUT_EG_CLEAN],
  ['EH', HELD_OUT_EH_IDENTIFYING, HELD_OUT_EH_CLEAN],
  ['EI', HELD_OUT_EI_IDENTIFYING, HELD_OUT_EI_CLEAN],
  ['EJ', HELD_OUT_EJ_IDENTIFYING, HELD_OUT_EJ_CLEAN],
  ['EK', HELD_OUT_EK_IDENTIFYING, HELD_OUT_EK_CLEAN],
  ['EL', HELD_OUT_EL_IDENTIFYING, HELD_OUT_EL_CLEAN],
  ['EM', HELD_OUT_EM_IDENTIFYING, HELD_OUT_EM_CLEAN],
  ['EN', HELD_OUT_EN_IDENTIFYING, HELD_OUT_EN_CLEAN],
  ['EO', HELD_OUT_EO_IDENTIFYING, HELD_OUT_EO_CLEAN],
  ['EQ', HELD_OUT_EQ_IDENTIFYING, HELD_OUT_EQ_CLEAN],
  ['ER', HELD_OUT_ER_IDENTIFYING, HELD_OUT_ER_CLEAN],
  ['ES', HELD_OUT_ES_IDENTIFYING, HELD_OUT_ES_CLEAN],
  ['ET', HELD_OUT_ET_IDENTIFYING, HELD_OUT_ET_CLEAN],
  ['EU', HELD_OUT_EU_IDENTIFYING, HELD_OUT_EU_CLEAN],
  ['EV', HELD_OUT_EV_IDENTIFYING, HELD_OUT_EV_CLEAN],
  ['EW', HELD_OUT_EW_IDENTIFYING, HELD_OUT_EW_CLEAN],
  ['EX', HELD_OUT_EX_IDENTIFYING, HELD_OUT_EX_CLEAN],
  ['EY', HELD_OUT_EY_IDENTIFYING, HELD_OUT_EY_CLEAN],
  ['EZ', HELD_OUT_EZ_IDENTIFYING, HELD_OUT_EZ_CLEAN],
  ['FA', HELD_OUT_FA_IDENTIFYING, HELD_OUT_FA_CLEAN],
  ['FB', HELD_OUT_FB_IDENTIFYING, HELD_OUT_FB_CLEAN],
  ['FC', HELD_OUT_FC_IDENTIFYING, HELD_OUT_FC_CLEAN],
  ['FD', HELD_OUT_FD_IDENTIFYING, HELD_OUT_FD_CLEAN],
  ['FE', HELD_OUT_FE_IDENTIFYING, HELD_OUT_FE_CLEAN],
  ['FF', HELD_OUT_FF_IDENTIFYING, HELD_OUT_FF_CLEAN],
  ['FG', HELD_OUT_FG_IDENTIFYING, HELD_OUT_FG_CLEAN],
  ['FH', HELD_OUT_FH_IDENTIFYING, HELD_OUT_FH_CLEAN],
  ['FI', HELD_OUT_FI_IDENTIFYING, HELD_OUT_FI_CLEAN],
  ['FJ', HELD_OUT_FJ_IDENTIFYING, HELD_OUT_FJ_CLEAN],
  ['FK', HELD_OUT_FK_IDENTIFYING, HELD_OUT_FK_CLEAN],
  ['FL', HELD_OUT_FL_IDENTIFYING, HELD_OUT_FL_CLEAN],
  ['FM', HELD_OUT_FM_IDENTIFYING, HELD_OUT_FM_CLEAN],
  ['FN', HELD_OUT_FN_IDENTIFYING, HELD_OUT_FN_CLEAN],
  ['FO', HELD_OUT_FO_IDENTIFYING, HELD_OUT_FO_CLEAN],
  ['FP', HELD_OUT_FP_IDENTIFYING, HELD_OUT_FP_CLEAN],
  ['FQ', HELD_OUT_FQ_IDENTIFYING, HELD_OUT_FQ_CLEAN],
  ['FR', HELD_OUT_FR_IDENTIFYING, HELD_OUT_FR_CLEAN],
  ['FS', HELD_OUT_FS_IDENTIFYING, HELD_OUT_FS_CLEAN],
  ['FT', HELD_OUT_FT_IDENTIFYING, HELD_OUT_FT_CLEAN],
  ['FU', HELD_OUT_FU_IDENTIFYING, HELD_OUT_FU_CLEAN],
  ['FV', HELD_OUT_FV_IDENTIFYING, HELD_OUT_FV_CLEAN],
  ['FW', HELD_OUT_FW_IDENTIFYING, HELD_OUT_FW_CLEAN],
  ['FX', HELD_OUT_FX_IDENTIFYING, HELD_OUT_FX_CLEAN],
  ['FY', HELD_OUT_FY_IDENTIFYING, HELD_OUT_FY_CLEAN],
  ['FZ', HELD_OUT_FZ_IDENTIFYING, HELD_OUT_FZ_CLEAN],
  ['GA', HELD_OUT_GA_IDENTIFYING, HELD_OUT_GA_CLEAN],
  ['GB', HELD_OUT_GB_IDENTIFYING, HELD_OUT_GB_CLEAN],
  ['GC', HELD_OUT_GC_IDENTIFYING, HELD_OUT_GC_CLEAN],
  ['GD', HELD_OUT_GD_IDENTIFYING, HELD_OUT_GD_CLEAN],
  ['GE', HELD_OUT_GE_IDENTIFYING, HELD_OUT_GE_CLEAN],
  ['GF', HELD_OUT_GF_IDENTIFYING, HELD_OUT_GF_CLEAN],
  ['GG', HELD_OUT_GG_IDENTIFYING, HELD_OUT_GG_CLEAN],
  ['GH', HELD_OUT_GH_IDENTIFYING, HELD_OUT_GH_CLEAN],
  ['GI', HELD_OUT_GI_IDENTIFYING, HELD_OUT_GI_CLEAN],
  ['GJ', HELD_OUT_GJ_IDENTIFYING, HELD_OUT_GJ_CLEAN],
  ['GK', HELD_OUT_GK_IDENTIFYING, HELD_OUT_GK_CLEAN],
  ['GL', HELD_OUT_GL_IDENTIFYING, HELD_OUT_GL_CLEAN],
  ['GM', HELD_OUT_GM_IDENTIFYING, HELD_OUT_GM_CLEAN],
  ['GN', HELD_OUT_GN_IDENTIFYING, HELD_OUT_GN_CLEAN],
  ['GO', HELD_OUT_GO_IDENTIFYING, HELD_OUT_GO_CLEAN],
  ['GP', HELD_OUT_GP_IDENTIFYING, HELD_OUT_GP_CLEAN],
  ['GQ', HELD_OUT_GQ_IDENTIFYING, HELD_OUT_GQ_CLEAN],
  ['GR', HELD_OUT_GR_IDENTIFYING, HELD_OUT_GR_CLEAN],
  ['GS', HELD_OUT_GS_IDENTIFYING, HELD_OUT_GS_CLEAN],
  ['GT', HELD_OUT_GT_IDENTIFYING, HELD_OUT_GT_CLEAN],
  ['GU', HELD_OUT_GU_IDENTIFYING, HELD_OUT_GU_CLEAN],
  ['GV', HELD_OUT_GV_IDENTIFYING, HELD_OUT_GV_CLEAN],
  ['GW', HELD_OUT_GW_IDENTIFYING, HELD_OUT_GW_CLEAN],
  ['GX', HELD_OUT_GX_IDENTIFYING, HELD_OUT_GX_CLEAN],
  ['GY', HELD_OUT_GY_IDENTIFYING, HELD_OUT_GY_CLEAN],
  ['GZ', HELD_OUT_GZ_IDENTIFYING, HELD_OUT_GZ_CLEAN],
  ['HA', HELD_OUT_HA_IDENTIFYING, HELD_OUT_HA_CLEAN],
  ['HB', HELD_OUT_HB_IDENTIFYING, HELD_OUT_HB_CLEAN],
  ['HC', HELD_OUT_HC_IDENTIFYING, HELD_OUT_HC_CLEAN],
  ['HD', HELD_OUT_HD_IDENTIFYING, HELD_OUT_HD_CLEAN],
  ['HJ', HELD_OUT_HJ_IDENTIFYING, HELD_OUT_HJ_CLEAN],
  ['HK', HELD_OUT_HK_IDENTIFYING, HELD_OUT_HK_CLEAN],
  ['HL', HELD_OUT_HL_IDENTIFYING, HELD_OUT_HL_CLEAN],
  ['HM', HELD_OUT_HM_IDENTIFYING, HELD_OUT_HM_CLEAN],
  ['HN', HELD_OUT_HN_IDENTIFYING, HELD_OUT_HN_CLEAN],
  ['HO', HELD_OUT_HO_IDENTIFYING, HELD_OUT_HO_CLEAN],
  ['HP', HELD_OUT_HP_IDENTIFYING, HELD_OUT_HP_CLEAN],
  ['HQ', HELD_OUT_HQ_IDENTIFYING, HELD_OUT_HQ_CLEAN],
  ['HR', HELD_OUT_HR_IDENTIFYING, HELD_OUT_HR_CLEAN],
  ['HS', HELD_OUT_HS_IDENTIFYING, HELD_OUT_HS_CLEAN],
  ['HT', HELD_OUT_HT_IDENTIFYING, HELD_OUT_HT_CLEAN],
  ['HU', HELD_OUT_HU_IDENTIFYING, HELD_OUT_HU_CLEAN],
  ['HV', HELD_OUT_HV_IDENTIFYING, HELD_OUT_HV_CLEAN],
  ['HW', HELD_OUT_HW_IDENTIFYING, HELD_OUT_HW_CLEAN],
  ['HX', HELD_OUT_HX_IDENTIFYING, HELD_OUT_HX_CLEAN],
  ['IC', HELD_OUT_IC_IDENTIFYING, HELD_OUT_IC_CLEAN],
  ['ID', HELD_OUT_ID_IDENTIFYING, HELD_OUT_ID_CLEAN],
  ['IE', HELD_OUT_IE_IDENTIFYING, HELD_OUT_IE_CLEAN],
  ['IF', HELD_OUT_IF_IDENTIFYING, HELD_OUT_IF_CLEAN],
  ['IG', HELD_OUT_IG_IDENTIFYING, HELD_OUT_IG_CLEAN],
  ['IH', HELD_OUT_IH_IDENTIFYING, HELD_OUT_IH_CLEAN],
  ['II', HELD_OUT_II_IDENTIFYING, HELD_OUT_II_CLEAN],
  ['IJ', HELD_OUT_IJ_IDENTIFYING, HELD_OUT_IJ_CLEAN],
  ['IK', HELD_OUT_IK_IDENTIFYING, HELD_OUT_IK_CLEAN],
] as const;

const tuning = measure('tuning set (casus-sentences.ts)', IDENTIFYING_SENTENCES, CLEAN_SENTENCES);
/**
 * The fourth tuning batch (FRESH_* in casus-sentences.ts), written on 2026-12-01 for generalisation work from the
 * README's remaining misses, by an engineer who had read the rules: its first run (27/33 direct, 13/38 false
 * alarms) measured how far the guard was from handling those kinds of text, not a blind figure.
 */
const fresh = measure('fourth tuning batch (casus-sentences.ts FRESH_*)', FRESH_IDENTIFYING, FRESH_CLEAN);
/**
 * Check sentences for the rules added after each blind batch's first run (`<batch>_RULES_*` in casus-sentences.ts),
 * written with those rules, with clean traps for each: [ordinal, the batch whose defects led to them, identifying, clean].
 */
const RULE_SETS = [
  ['fifth', 'K', K_RULES_IDENTIFYING, K_RULES_CLEAN],
  ['sixth', 'L', L_RULES_IDENTIFYING, L_RULES_CLEAN],
  ['seventh', 'M', M_RULES_IDENTIFYING, M_RULES_CLEAN],
  ['eighth', 'N', N_RULES_IDENTIFYING, N_RULES_CLEAN],
  ['ninth', 'O', O_RULES_IDENTIFYING, O_RULES_CLEAN],
  ['tenth', 'P', P_RULES_IDENTIFYING, P_RULES_CLEAN],
  ['eleventh', 'Q', Q_RULES_IDENTIFYING, Q_RULES_CLEAN],
  ['twelfth', 'R', R_RULES_IDENTIFYING, R_RULES_CLEAN],
  ['thirteenth', 'S', S_RULES_IDENTIFYING, S_RULES_CLEAN],
  ['fourteenth', 'T', T_RULES_IDENTIFYING, T_RULES_CLEAN],
  ['fifteenth', 'U', U_RULES_IDENTIFYING, U_RULES_CLEAN],
  ['sixteenth', 'V', V_RULES_IDENTIFYING, V_RULES_CLEAN],
  ['seventeenth', 'W', W_RULES_IDENTIFYING, W_RULES_CLEAN],
  ['eighteenth', 'X', X_RULES_IDENTIFYING, X_RULES_CLEAN],
  ['nineteenth', 'Y', Y_RULES_IDENTIFYING, Y_RULES_CLEAN],
  ['twentieth', 'Z', Z_RULES_IDENTIFYING, Z_RULES_CLEAN],
  ['twenty-first', 'AA and AB', AB_RULES_IDENTIFYING, AB_RULES_CLEAN],
  ['twenty-second', 'AC and AD', AD_RULES_IDENTIFYING, AD_RULES_CLEAN],
  ['twenty-third', 'AE and AF', AF_RULES_IDENTIFYING, AF_RULES_CLEAN],
  ['twenty-fourth', 'AG and AH', AH_RULES_IDENTIFYING, AH_RULES_CLEAN],
  ['twenty-fifth', 'AI and AJ', AJ_RULES_IDENTIFYING, AJ_RULES_CLEAN],
  ['twenty-sixth', 'AK and AL', AL_RULES_IDENTIFYING, AL_RULES_CLEAN],
  ['twenty-seventh', 'AM', AM_RULES_IDENTIFYING, AM_RULES_CLEAN],
  ['twenty-eighth', 'AO', AO_RULES_IDENTIFYING, AO_RULES_CLEAN],
  ['twenty-ninth', 'AR', AR_RULES_IDENTIFYING, AR_RULES_CLEAN], // the round on AP, AQ and AR
  ['thirtieth', 'AU', AU_RULES_IDENTIFYING, AU_RULES_CLEAN],
  ['thirty-first', 'AV', AV_RULES_IDENTIFYING, AV_RULES_CLEAN], // the round on AV and AW
  ['thirty-second', 'AX', AX_RULES_IDENTIFYING, AX_RULES_CLEAN], // the round on AX and AY
  ['thirty-third', 'AZ', AZ_RULES_IDENTIFYING, AZ_RULES_CLEAN], // the round on AZ, BA, BB and BC
  ['thirty-fourth', 'BD', BD_RULES_IDENTIFYING, BD_RULES_CLEAN], // the round on BD and BE
  ['thirty-fifth', 'BF', BF_RULES_IDENTIFYING, BF_RULES_CLEAN], // the round on BF, BG and BH
  ['thirty-sixth', 'BI', BI_RULES_IDENTIFYING, BI_RULES_CLEAN], // the round on BI, BJ and BK
  ['thirty-seventh', 'BL', BL_RULES_IDENTIFYING, BL_RULES_CLEAN], // the round on BL, BM and BN
  ['thirty-eighth', 'BO', BO_RULES_IDENTIFYING, BO_RULES_CLEAN], // the round on BO, BP and BQ
  ['thirty-ninth', 'BR', BR_RULES_IDENTIFYING, BR_RULES_CLEAN], // the round on BR, BS, BT and BU
  ['fortieth', 'BZ', BZ_RULES_IDENTIFYING, BZ_RULES_CLEAN], // the round on BZ, CA, CB and CC
  ['forty-first', 'CD', CD_RULES_IDENTIFYING, CD_RULES_CLEAN], // the round on CD, CE, CF and CG
  ['forty-second', 'CH', CH_RULES_IDENTIFYING, CH_RULES_CLEAN], // the round on CH, CI, CJ and CK
  ['forty-third', 'CL', CL_RULES_IDENTIFYING, CL_RULES_CLEAN], // the round on CL, CM, CN and CO
  ['forty-fourth', 'CP', CP_RULES_IDENTIFYING, CP_RULES_CLEAN], // the round on CP, CQ, CR, CS and CT
  ['forty-fifth', 'CU', CU_RULES_IDENTIFYING, CU_RULES_CLEAN], // the round on CU, CV and CW
  ['forty-sixth', 'CX', CX_RULES_IDENTIFYING, CX_RULES_CLEAN], // the round on CX, CY and CZ
  ['forty-seventh', 'DA', DA_RULES_IDENTIFYING, DA_RULES_CLEAN], // the round on DA, DB and DC
  ['forty-eighth', 'DD', DD_RULES_IDENTIFYING, DD_RULES_CLEAN], // the round on DD to DI
  ['forty-ninth', 'DN', DN_RULES_IDENTIFYING, DN_RULES_CLEAN], // the round on DN and DS, before DV to DY
  ['fiftieth', 'DV', DV_RULES_IDENTIFYING, DV_RULES_CLEAN], // the round on DV to DY
  ['fifty-first', 'DZ', DZ_RULES_IDENTIFYING, DZ_RULES_CLEAN], // the round on DZ to EC
  ['fifty-second', 'ED', ED_RULES_IDENTIFYING, ED_RULES_CLEAN], // the round on ED to EG
  ['fifty-third', 'EH', EH_RULES_IDENTIFYING, EH_RULES_CLEAN], // the round on EH to EK
  ['fifty-fourth', 'EL', EL_RULES_IDENTIFYING, EL_RULES_CLEAN], // the round on EL to EO
  ['fifty-fifth', 'EQ', EQ_RULES_IDENTIFYING, EQ_RULES_CLEAN], // the round on EQ to EW
  ['fifty-sixth', 'EX', EX_RULES_IDENTIFYING, EX_RULES_CLEAN], // the round on EX to EZ
  ['fifty-seventh', 'FA', FA_RULES_IDENTIFYING, FA_RULES_CLEAN], // the round on FA to FD
  ['fifty-eighth', 'FE', FE_RULES_IDENTIFYING, FE_RULES_CLEAN], // the round on FE to FK
  ['fifty-ninth', 'FL', FL_RULES_IDENTIFYING, FL_RULES_CLEAN], // the round on FL to FO
  ['sixtieth', 'FP', FP_RULES_IDENTIFYING, FP_RULES_CLEAN], // the round on FP to FS
  ['sixty-first', 'FT', FT_RULES_IDENTIFYING, FT_RULES_CLEAN], // the round on FT to GA
  ['sixty-second', 'GB', GB_RULES_IDENTIFYING, GB_RULES_CLEAN], // the round on GB to GE
  ['sixty-third', 'GF', GF_RULES_IDENTIFYING, GF_RULES_CLEAN], // the round on GF to GJ
  ['sixty-fourth', 'GK', GK_RULES_IDENTIFYING, GK_RULES_CLEAN], // the round on GK to GO
  ['sixty-fifth', 'GP', GP_RULES_IDENTIFYING, GP_RULES_CLEAN], // the round on GP to GT
  ['sixty-sixth', 'GU', GU_RULES_IDENTIFYING, GU_RULES_CLEAN], // the round on GU to GY
  ['sixty-seventh', 'GZ', GZ_RULES_IDENTIFYING, GZ_RULES_CLEAN], // the round on GZ to HD
  ['sixty-eighth', 'HJ', HJ_RULES_IDENTIFYING, HJ_RULES_CLEAN], // the round on HJ to HN
  ['sixty-ninth', 'HO', HO_RULES_IDENTIFYING, HO_RULES_CLEAN], // the round on HO to HS
  ['seventieth', 'HT', HT_RULES_IDENTIFYING, HT_RULES_CLEAN], // the round on HT to HX
  ['seventy-first', 'IC', IC_RULES_IDENTIFYING, IC_RULES_CLEAN], // the round on IC to IG
  ['seventy-second', 'IH', IH_RULES_IDENTIFYING, IH_RULES_CLEAN], // the round on IH to IK
  ['seventy-third', 'IC–IK (lowercase institutions)', LI_RULES_IDENTIFYING, LI_RULES_CLEAN], // the round on lowercase institutions
] as const;
const ruleSets = RULE_SETS.map(([ordinal, batch, identifying, clean]) => ({
  label: `${ordinal} tuning set (rules from ${batch})`,
  measurement: measure(`${ordinal} tuning set, rules from ${batch} (casus-sentences.ts ${batch}_RULES_*)`, identifying, clean),
}));
const batches = heldOut.map(([name, identifying, clean]) => measure(`held-out ${name} (held-out-${name.toLowerCase()}.ts, now)`, identifying, clean));
/**
 * Batches measured blind and not tuned on yet: printed, not asserted, and kept out of the pooled regression set until someone
 * tunes on them, so that their figures stay first-run figures. AN measured the guard of 34c08e6 (declared beforehand) and was not
 * tuned on afterwards: its figure here is also a blind figure of the current guard. AO and AP measured the guard of 308801a (after
 * the round on AM, declared beforehand); AO was tuned on afterwards (twenty-eighth tuning set), AP in the round of the context
 * model (dictated numbers). AQ, AR and AS measured that guard (2a8660c, declared beforehand); AQ and AR were tuned on afterwards
 * (twenty-ninth tuning set, and the context model trains on them), AS was not: neither the rules nor the model have seen it.
 * AT and AU measured the guard of c50f847 (declared beforehand); AU was tuned on afterwards (thirtieth tuning set, and the model
 * trains on it); AT was not tuned on and the model does not train on it (its misses were read once, no rule was written for them).
 * AV and AW measured the guard of 86f186f (declared beforehand) and were tuned on afterwards (thirty-first tuning set; the model
 * trains on them). AX and AY measured the guard of 09659c6 (declared beforehand) and were tuned on afterwards (thirty-second
 * tuning set; the model trains on them). AZ, BA, BB and BC measured the guard of 1f72695 (declared beforehand) and were tuned on
 * afterwards (thirty-third tuning set; the model trains on them). BD and BE measured the guard of 84608bb (declared beforehand)
 * and were tuned on afterwards (thirty-fourth tuning set; the model trains on them). BF, BG and BH measured the guard of 66592b7
 * (declared beforehand) and were tuned on afterwards (thirty-fifth tuning set; the model trains on them). BI, BJ and BK measured the
 * guard of 8c2be07 (declared beforehand) and were tuned on afterwards (thirty-sixth tuning set; the model trains on them). BL, BM
 * and BN measured the guard of ecb2652 (declared beforehand) and were tuned on afterwards (thirty-seventh tuning set; the model
 * trains on them). BO, BP and BQ measured the guard of 628cecb (declared beforehand) and were tuned on afterwards (thirty-eighth
 * tuning set; the model trains on them). BR, BS, BT and BU measured the guard of 378f218 (declared beforehand) and were tuned on
 * afterwards (thirty-ninth tuning set; the model trains on them). BV, BW, BX and BY measured the guard of a7b39b9 (declared
 * beforehand): untouched, and the model does not train on them. BZ, CA, CB and CC measured the same guard (declared again as
 * 8e388c3) and were tuned on afterwards (fortieth tuning set; the model trains on them). CD, CE, CF and CG measured the guard of
 * 288c17b (declared beforehand) and were tuned on afterwards (forty-first tuning set; the model trains on them). CH, CI, CJ and CK
 * measured the guard of 613345a (declared beforehand) and were tuned on afterwards (forty-second tuning set; the model trains on
 * them). CL, CM, CN and CO measured the guard of bce7e7d (declared beforehand) and were tuned on afterwards (forty-third tuning
 * set; the model trains on them). CP, CQ, CR, CS and CT, written before that round and committed unread, measured the guard of
 * e6e1656 (declared beforehand) and were tuned on afterwards (forty-fourth tuning set; the model trains on them). CU, CV and CW
 * measured the guard of eeaa23b (declared beforehand) and were tuned on afterwards (forty-fifth tuning set; the model trains on them).
 * CX, CY and CZ measured the guard of 58d7fcc (declared beforehand) and were tuned on afterwards (forty-sixth tuning set; the model
 * trains on them). DA, DB and DC measured the guard of 927e41b (declared beforehand in 02056e2) and were tuned on afterwards (the
 * abbreviations of chat as no names, the model's L2 chosen on them; forty-seventh tuning set; the model trains on them). DD to DI
 * (chat, dictated, written casus texts) measured the guard of e026642 (declared beforehand in 500e300) and were tuned on afterwards
 * (forty-eighth tuning set; the model trains on them). DJ to DO measured the guard of 3fab0df (declared beforehand in f7abf1e)
 * and were tuned on afterwards (the forty-eighth tuning set's later sentences; the model trains on them). DP to DS measured the guard of
 * 50bbca0 (declared beforehand in 270fc53) and were tuned on afterwards (the forty-eighth tuning set's last sentences; the model
 * trains on them). DT and DU (dictated) measured the guard of d1036b0 (declared beforehand in 0e57719): untouched since, and the
 * model does not train on them, so their figures here are blind figures of each later guard. DV, DW (dictated), DX and DY (chat)
 * measured the guard of 130e658 (declared beforehand in 5d45fd7) and were tuned on afterwards (fiftieth tuning set; the model trains
 * on them). DZ, EA (dictated), EB and EC (chat) measured the guard of 0af530c (declared beforehand in 063b470) and were tuned on
 * afterwards (fifty-first tuning set; the model trains on them). ED, EE (dictated), EF and EG (chat) measured the guard of
 * 95f0463 (declared beforehand in 4385fef) and were tuned on afterwards (fifty-second tuning set; the model trains on them). EH, EI
 * (dictated), EJ and EK (chat) measured the guard of 918224b (declared beforehand in 756a173) and were tuned on afterwards
 * (fifty-third tuning set; the model trains on them).
 * EL, EM (dictated), EN, EO (chat) and EP (written casus texts) measured the guard of 8d87e2d (declared beforehand in b02126e). EL to
 * EO were tuned on afterwards (fifty-fourth tuning set; the model trains on them); EP is untouched, and the model does not train on
 * it, so its figure here is a blind figure of each later guard. EQ, ER, EU (dictated), ES, ET, EV (chat) and EW (written) measured
 * the guard of f6e06cc (declared beforehand in 99e3df2) and were tuned on afterwards (fifty-fifth tuning set; the model trains on
 * them). EX (dictated), EY and EZ (chat) measured the guard of a81cdd1 (declared beforehand in 836199d) and were tuned on afterwards
 * (fifty-sixth tuning set; the model trains on them). FA, FB, FC (dictated) and FD (chat) measured the guard of 50893e9 (declared
 * beforehand in ffd580a), were kept untouched through f4a3d08 and tuned on afterwards (fifty-seventh tuning set; the model trains on
 * them). FE, FF, FG, FH (dictated), FI, FJ (chat) and FK (written casus texts) measured the guard of 4b68a0a (declared beforehand in
 * 6ea2572) and were tuned on afterwards (fifty-eighth tuning set; the model trains on them). FL, FM (dictated), FN and FO (chat)
 * measured the guard of f3bfc9a (declared beforehand in 5dce671) and were tuned on afterwards (fifty-ninth tuning set; the model is
 * not trained on them, see NOT_TRAINED in train-context-model.ts). FP, FQ (dictated), FR and FS (chat) measured the guard of 72f5a8c
 * (declared beforehand in 8401407) and were tuned on afterwards (sixtieth tuning set; the model is not trained on them either). FT,
 * FU (dictated), FV and FW (chat) measured the guard of 4502142 (declared beforehand in 6cc43f5), were kept untouched through
 * 371ec9f and tuned on afterwards (sixty-first tuning set; the model is not trained on them). FX, FY (dictated), FZ and GA (chat)
 * measured the guards of 371ec9f and 32822d9 (both declared beforehand in 0bc1f01; equal on these batches) and were tuned on
 * afterwards (the sixty-first tuning set too; the model is not trained on them). GB, GC (dictated), GD and GE (chat) measured the
 * guard of 51c855a (declared beforehand in 429081d) and were tuned on afterwards (sixty-second tuning set, corpus/rules-untrained.ts; the
 * model is not trained on them). GF, GG, GH (dictated), GI and GJ (chat) measured the guards of 51c855a and 70a3cc5 (both declared
 * beforehand in f528092; equal on these batches) and were tuned on afterwards (sixty-third tuning set, corpus/rules-untrained.ts; the model
 * is not trained on them). GK, GL, GM (dictated), GN and GO (chat) measured the guards of 51c855a and 57809da (both declared
 * beforehand in 69e2694; equal on these batches) and were tuned on afterwards (sixty-fourth tuning set, corpus/rules-untrained.ts; the
 * model is not trained on them). GP, GQ, GR (dictated), GS and GT (chat) measured the guard of 8f9fbe4 (declared beforehand in
 * 6f0f4ef) and were tuned on afterwards (sixty-fifth tuning set, corpus/rules-untrained.ts; the model is not trained on them). GU, GV,
 * GW (dictated), GX and GY (chat) measured the guards of fde6f83 and ecca110 (both declared beforehand in 8c7dbbd) and were tuned on
 * afterwards (sixty-sixth tuning set, corpus/rules-untrained.ts; the model is not trained on them). GZ, HA, HB (dictated), HC and HD
 * (chat) measured the guards of fde6f83 and fd806e8 (both declared beforehand in b710b31) and were tuned on afterwards (sixty-seventh
 * tuning set, corpus/rules-untrained.ts; the model is not trained on them). HE, HF, HG (dictated), HH and HI (chat) measured the
 * guards of fde6f83, fd806e8 and e6dd127 (all declared beforehand in 8030261): untouched, and the model does not train on them, so
 * their figures here were blind figures of e6dd127 (6533c40 gives findings identical to e6dd127 on every corpus sentence); the
 * session of 3 December afternoon read their misses (while trying a model feature it left out) but wrote no rule from them, and the
 * model still does not train on them. HJ, HK, HL (dictated), HM and HN (chat) measured the guards of fde6f83 and 1bded19 (both
 * declared beforehand in a55f2ed) and were tuned on afterwards (sixty-eighth tuning set, corpus/rules-untrained.ts; the model is not
 * trained on them). HO, HP, HQ (dictated), HR and HS (chat) measured the guards of 1bded19 and 3511b78 (both declared beforehand in
 * 5492151) and were tuned on afterwards (sixty-ninth tuning set; the model is not trained on them). HT, HU, HV (dictated), HW and HX
 * (chat) measured the guards of 1bded19, 3511b78 and 6761d80 (all declared beforehand in 4eb5fdc) and were tuned on
 * afterwards (seventieth tuning set; the model is not trained on them). HY, HZ (dictated), IA and IB (chat) measured the guards of
 * 1bded19 and fd73d04 (both declared beforehand in dfc6039): untouched (their misses not read), and the model does not train on them,
 * so their figures here were blind figures of fd73d04 (14dd313 gives identical findings). IC, ID, IE (dictated), IF and IG (chat) measured
 * the guard of 14dd313 (declared beforehand in 086ee9c) and were tuned on afterwards (seventy-first tuning set, corpus/rules-untrained.ts;
 * the model is not trained on them). IH, II, IJ (dictated) and IK (chat) measured the guards of 14dd313 and 397333a (both declared
 * beforehand in 92d5058) and were tuned on afterwards (seventy-second tuning set; the model is not trained on them). IL, IM, IN
 * (dictated), IO and IP (chat) measured the guards of 14dd313, 397333a and cd77608 (all declared beforehand in 6714f30; equal on these
 * batches): untouched (their misses not read), and the model does not train on them, so their figures here are blind figures of the
 * current guard. IQ, IR, IS (dictated), IT and IU (chat) measured the guards of 14dd313 and cd77608 (both declared beforehand in
 * d33f621): untouched in the same way, blind figures of the current guard too. IV, IW, IX (dictated), IY and IZ (chat), the first
 * written from the brief without example word-names (docs/privacy-writers), measured the guards of 14dd313 and 43ebac1 (both declared
 * beforehand in e735849; equal on these batches): untouched in the same way. JC (dictated) and JD (chat), from the same brief,
 * measured the guard of 16df997 (declared beforehand in 318eb82): untouched in the same way.
 */
const untouched: Measurement[] = [
  measure('held-out AN (held-out-an.ts, untouched since its first run)', HELD_OUT_AN_IDENTIFYING, HELD_OUT_AN_CLEAN),
  measure('held-out AS (held-out-as.ts, untouched since its first run)', HELD_OUT_AS_IDENTIFYING, HELD_OUT_AS_CLEAN),
  measure('held-out AT (held-out-at.ts, not tuned on since its first run)', HELD_OUT_AT_IDENTIFYING, HELD_OUT_AT_CLEAN),
  measure('held-out BV (held-out-bv.ts, untouched since its first run)', HELD_OUT_BV_IDENTIFYING, HELD_OUT_BV_CLEAN),
  measure('held-out BW (held-out-bw.ts, untouched since its first run)', HELD_OUT_BW_IDENTIFYING, HELD_OUT_BW_CLEAN),
  measure('held-out BX (held-out-bx.ts, untouched since its first run)', HELD_OUT_BX_IDENTIFYING, HELD_OUT_BX_CLEAN),
  measure('held-out BY (held-out-by.ts, untouched since its first run)', HELD_OUT_BY_IDENTIFYING, HELD_OUT_BY_CLEAN),
  measure('held-out DT (held-out-dt.ts, untouched since its first run)', HELD_OUT_DT_IDENTIFYING, HELD_OUT_DT_CLEAN),
  measure('held-out DU (held-out-du.ts, untouched since its first run)', HELD_OUT_DU_IDENTIFYING, HELD_OUT_DU_CLEAN),
  measure('held-out EP (held-out-ep.ts, untouched since its first run)', HELD_OUT_EP_IDENTIFYING, HELD_OUT_EP_CLEAN),
  measure('held-out HE (held-out-he.ts, untouched since its first run)', HELD_OUT_HE_IDENTIFYING, HELD_OUT_HE_CLEAN),
  measure('held-out HF (held-out-hf.ts, untouched since its first run)', HELD_OUT_HF_IDENTIFYING, HELD_OUT_HF_CLEAN),
  measure('held-out HG (held-out-hg.ts, untouched since its first run)', HELD_OUT_HG_IDENTIFYING, HELD_OUT_HG_CLEAN),
  measure('held-out HH (held-out-hh.ts, untouched since its first run)', HELD_OUT_HH_IDENTIFYING, HELD_OUT_HH_CLEAN),
  measure('held-out HI (held-out-hi.ts, untouched since its first run)', HELD_OUT_HI_IDENTIFYING, HELD_OUT_HI_CLEAN),
  measure('held-out HY (held-out-hy.ts, untouched since its first run)', HELD_OUT_HY_IDENTIFYING, HELD_OUT_HY_CLEAN),
  measure('held-out HZ (held-out-hz.ts, untouched since its first run)', HELD_OUT_HZ_IDENTIFYING, HELD_OUT_HZ_CLEAN),
  measure('held-out IA (held-out-ia.ts, untouched since its first run)', HELD_OUT_IA_IDENTIFYING, HELD_OUT_IA_CLEAN),
  measure('held-out IB (held-out-ib.ts, untouched since its first run)', HELD_OUT_IB_IDENTIFYING, HELD_OUT_IB_CLEAN),
  measure('held-out IL (held-out-il.ts, untouched since its first run)', HELD_OUT_IL_IDENTIFYING, HELD_OUT_IL_CLEAN),
  measure('held-out IM (held-out-im.ts, untouched since its first run)', HELD_OUT_IM_IDENTIFYING, HELD_OUT_IM_CLEAN),
  measure('held-out IN (held-out-in.ts, untouched since its first run)', HELD_OUT_IN_IDENTIFYING, HELD_OUT_IN_CLEAN),
  measure('held-out IO (held-out-io.ts, untouched since its first run)', HELD_OUT_IO_IDENTIFYING, HELD_OUT_IO_CLEAN),
  measure('held-out IP (held-out-ip.ts, untouched since its first run)', HELD_OUT_IP_IDENTIFYING, HELD_OUT_IP_CLEAN),
  measure('held-out IQ (held-out-iq.ts, untouched since its first run)', HELD_OUT_IQ_IDENTIFYING, HELD_OUT_IQ_CLEAN),
  measure('held-out IR (held-out-ir.ts, untouched since its first run)', HELD_OUT_IR_IDENTIFYING, HELD_OUT_IR_CLEAN),
  measure('held-out IS (held-out-is.ts, untouched since its first run)', HELD_OUT_IS_IDENTIFYING, HELD_OUT_IS_CLEAN),
  measure('held-out IT (held-out-it.ts, untouched since its first run)', HELD_OUT_IT_IDENTIFYING, HELD_OUT_IT_CLEAN),
  measure('held-out IU (held-out-iu.ts, untouched since its first run)', HELD_OUT_IU_IDENTIFYING, HELD_OUT_IU_CLEAN),
  measure('held-out IV (held-out-iv.ts, untouched since its first run)', HELD_OUT_IV_IDENTIFYING, HELD_OUT_IV_CLEAN),
  measure('held-out IW (held-out-iw.ts, untouched since its first run)', HELD_OUT_IW_IDENTIFYING, HELD_OUT_IW_CLEAN),
  measure('held-out IX (held-out-ix.ts, untouched since its first run)', HELD_OUT_IX_IDENTIFYING, HELD_OUT_IX_CLEAN),
  measure('held-out IY (held-out-iy.ts, untouched since its first run)', HELD_OUT_IY_IDENTIFYING, HELD_OUT_IY_CLEAN),
  measure('held-out IZ (held-out-iz.ts, untouched since its first run)', HELD_OUT_IZ_IDENTIFYING, HELD_OUT_IZ_CLEAN),
  measure('held-out JC (held-out-jc.ts, untouched since its first run)', HELD_OUT_JC_IDENTIFYING, HELD_OUT_JC_CLEAN),
  measure('held-out JD (held-out-jd.ts, untouched since its first run)', HELD_OUT_JD_IDENTIFYING, HELD_OUT_JD_CLEAN),
];
const pooled = measure(
  `held-out A–${heldOut.at(-1)?.[0] ?? ''} together but the untouched ones, now (tuned on after their first runs)`,
  heldOut.flatMap(([, identifying]) => identifying),
  heldOut.flatMap(([, , clean]) => clean),
);

function firstRunsReport(): string {
  const lines = ['first runs of the held-out batches (untouched; the honest figures):'];
  for (const r of FIRST_RUNS) {
    lines.push(`  ${r.batch.padEnd(27)} direct ${r.direct[0]}/${r.direct[1]} ${pct(r.direct[0], r.direct[1])}, false alarms ${r.flagged[0]}/${r.flagged[1]} ${pct(r.flagged[0], r.flagged[1])}`);
  }
  // Batches by their position in FIRST_RUNS (A … Z, then AA, AB), from one batch name to another, both included.
  const id = (batch: string): string => batch.split(' ')[0] ?? batch;
  const at = (name: string): number => FIRST_RUNS.findIndex((r) => id(r.batch) === name);
  const sum = (label: string, from: string, to: string): void => {
    const runs = FIRST_RUNS.slice(at(from), at(to) + 1);
    const d = runs.reduce((a, r) => a + r.direct[0], 0);
    const dn = runs.reduce((a, r) => a + r.direct[1], 0);
    const f = runs.reduce((a, r) => a + r.flagged[0], 0);
    const fn = runs.reduce((a, r) => a + r.flagged[1], 0);
    lines.push(`  ${label.padEnd(27)} direct ${d}/${dn} ${pct(d, dn)}, false alarms ${f}/${fn} ${pct(f, fn)}`);
  };
  sum('B–H together', 'B', 'H');
  const last = id(FIRST_RUNS.at(-1)?.batch ?? 'I');
  sum(`I–${last} together`, 'I', last);
  sum(`K–${last} together (blind writers)`, 'K', last);
  sum(`B–${last} together`, 'B', last);
  return lines.join('\n');
}

function assertTargets(m: Measurement): void {
  it(`catches at least ${MIN_DIRECT_RECALL * 100} % of the direct identifiers`, () => {
    expect(m.direct.found / m.direct.expected).toBeGreaterThanOrEqual(MIN_DIRECT_RECALL);
  });
  it(`flags at most ${MAX_FALSE_ALARMS * 100} % of the clean sentences`, () => {
    expect(m.flaggedClean.length / m.clean).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
  });
  it('finds every BSN, e-mail address, phone number and postcode', () => {
    for (const kind of ALWAYS) {
      const stat = m.perKind.get(kind);
      if (stat) expect(stat.found, kind).toBe(stat.expected);
    }
  });
  it('never reports an invalid BSN as a BSN', () => {
    expect(m.forbiddenHits).toEqual([]);
  });
}

describe('privacy guard quality', () => {
  it('prints the figures', () => {
    console.log([report(tuning), report(fresh), ...ruleSets.map((r) => report(r.measurement)), ...batches.map((m) => report(m)), report(pooled, false), ...untouched.map((m) => report(m)), firstRunsReport()].join('\n\n'));
    expect(tuning.identifying + tuning.clean).toBeGreaterThanOrEqual(200);
    expect(pooled.identifying + pooled.clean).toBeGreaterThanOrEqual(700);
  });

  describe('tuning set', () => assertTargets(tuning));
  describe('fourth tuning batch', () => assertTargets(fresh));
  for (const { label, measurement } of ruleSets) describe(label, () => assertTargets(measurement));
  describe('held-out batches together, now', () => assertTargets(pooled));

  it('finds every BSN, e-mail address, phone number and postcode in every held-out batch', () => {
    for (const m of batches) {
      for (const kind of ALWAYS) {
        const stat = m.perKind.get(kind);
        if (stat) expect(stat.found, `${m.name} ${kind}`).toBe(stat.expected);
      }
    }
  });
});
