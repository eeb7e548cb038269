# Writes the scenario, comparison and contract-scenario YAML files under rules-engine/src/test/resources from one
# base flow and per-case changes, each with hand-written expectations. The YAML files are what the tests read;
# edit this spec and rerun (python3 tools/scenarios.py) to change many of them consistently. Needs PyYAML.
#
# Out of date: scenarios have since been added and corrected in the YAML files themselves, which are the source the
# tests read. Rerunning this would delete or revert those (about 25 files), so it refuses unless told otherwise.
import copy, yaml, os, sys
import pathlib
if '--overwrite-hand-edits' not in sys.argv:
    sys.exit('tools/scenarios.py is out of date: the YAML files under rules-engine/src/test/resources are the source now. '
             'Running it would delete or revert scenarios written or corrected by hand since; pass '
             '--overwrite-hand-edits only if that is what you want.')
ROOT=pathlib.Path(__file__).resolve().parent.parent
OUT=str(ROOT/'rules-engine/src/test/resources/scenarios')
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT): os.remove(os.path.join(OUT,f))
BOTH=['E2007_V2','E2008_V3']
ALL_INPLACE=[
 {'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'clinic','reference':'data-use agreement DU-7'},
 {'control':'PATIENT_CONTACT_POINT','party':'hosp','reference':'privacy desk, notice 2008-01'},
 {'control':'SEGMENT_RESPONSIBILITY_AGREED','reference':'responsibility matrix v2'},
 {'control':'DEMARCATION_AGREEMENT','reference':'exchange agreement EX-1 §3'},
 {'control':'OUTAGE_AND_INCIDENT_HANDLING','reference':'exchange agreement EX-1 §5'},
 {'control':'DELEGATED_MANAGEMENT_SCOPE','reference':'service contracts §2'},
 {'control':'FAILURE_RESPONSE_LEAD','reference':'service contracts §4'},
 {'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','reference':'service contracts §6'},
 {'control':'AVAILABILITY_TERMS','reference':'SLA annex'},
 {'control':'NETWORK_SECURITY_RESPONSIBILITY_AGREED','reference':'service contracts §7'},
 {'control':'PEER_NETWORK_CONFIGURATION_CHECKED','party':'hosp'},
 {'control':'SENSITIVITY_BASED_NETWORK_CHOICE','party':'hosp'},
 {'control':'RISK_EXPLAINED_TO_PATIENTS','party':'hosp'},
 {'control':'MALWARE_AND_PATCH_MANAGEMENT','party':'hosp'},
]
BASE={
 'id':'regional-care-1','description':'A hospital shares discharge summaries with a clinic over a regional network',
 'purpose':'REGIONAL_CARE_COORDINATION','legalForm':'THIRD_PARTY_PROVISION',
 'consent':{'basis':'IMPLIED','impliedCase':'A_CARE_COORDINATION'},
 'direction':'TWO_WAY','data':{'personal':True,'medical':True},
 'parties':[
  {'id':'hosp','name':'A病院','roles':['PROVIDER']},
  {'id':'clinic','name':'Bクリニック','roles':['RECIPIENT']},
  {'id':'carrier','name':'C通信','roles':['CARRIER']},
  {'id':'osp','name':'D地域連携ネット','roles':['ONLINE_SERVICE']}],
 'provider':'hosp',
 'recipients':[{'party':'clinic','identifiedInAdvance':True}],
 'segments':[
  {'id':'s1','fromPoint':'hosp external connection point','toPoint':'osp entry','network':'CLOSED_IP_SINGLE_CARRIER','operator':'carrier','channel':{'protocol':'IPSEC_IKE'}},
  {'id':'s2','fromPoint':'osp entry','toPoint':'osp exit','network':'OPEN_INTERNET','operator':'osp','channel':{'protocol':'TLS','tlsVersion':'1.2','clientAuthenticated':True}},
  {'id':'s3','fromPoint':'osp exit','toPoint':'clinic external connection point','network':'CLOSED_IP_SINGLE_CARRIER','operator':'carrier','channel':{'protocol':'IPSEC_IKE'}}],
 'objectSecurity':{'encryptedBy':'hosp','decryptedBy':'clinic','tamperDetection':'ELECTRONIC_SIGNATURE'},
 'endAuthentication':{'senderVerifiesRecipient':True,'recipientVerifiesSender':True,'method':'PUBLIC_KEY'},
 'inPlace':ALL_INPLACE,
}
SC=[]
def sc(name, desc, editions, mutate, expect):
    f=copy.deepcopy(BASE)
    if mutate: 
        r=mutate(f)
        if r is not None: f=r
    f['id']=name
    SC.append((name,{'description':desc,'editions':editions,'given':f,'expect':expect}))
def drop_inplace(f,*controls):
    f['inPlace']=[d for d in f['inPlace'] if d['control'] not in controls]
def single_segment(network, operator='carrier', channel=None):
    def m(f):
        seg={'id':'s1','fromPoint':'hosp external connection point','toPoint':'clinic external connection point','network':network}
        if operator: seg['operator']=operator
        if channel: seg['channel']=channel
        f['segments']=[seg]
    return m
def chain(*ms):
    def m(f):
        for x in ms: x(f)
    return m
def setp(path, value):
    def m(f):
        cur=f
        for k in path[:-1]: cur=cur[k]
        if value is None: cur.pop(path[-1],None)
        else: cur[path[-1]]=value
    return m

# 1
sc('typical-three-segment-compliant','third-party provision over carrier and online service, encrypted end to end, everything agreed: compliant',BOTH,None,{
 'verdict':'COMPLIANT',
 'fired':['G-6.11-B0-02','G-6.11-B1-03','G-6.11-B1-04','G-6.11-B1-05','G-6.11-B1-06','G-6.11-B1-07','G-6.11-B1-08','G-6.11-B1-09','G-6.11-B1-10','G-6.11-B1-12','G-6.11-B1-15','G-6.11-B2-01','G-6.11-B2-04','G-6.11-B2-08','G-6.11-B2-09','G-6.11-B2-10','G-6.11-B3-01','G-6.11-B3-02','G-6.11-B3-04','G-6.11-B3-05','G-6.11-B3-06','G-6.11-B3-08','G-6.11-B3-09'],
 'notFired':['G-6.11-B0-01','G-6.11-B1-01','G-6.11-B1-02','G-6.11-B1-11','G-6.11-B1-13','G-6.11-B1-14','G-6.11-B2-02','G-6.11-B2-03','G-6.11-B2-05','G-6.11-B2-06','G-6.11-B2-07','G-6.11-B3-07'],
 'responsibilities':[
  {'party':'hosp','type':'MANAGEMENT','segment':'s2','threat':'EAVESDROPPING','rule':'G-6.11-B2-01'},
  {'party':'clinic','type':'MANAGEMENT','segment':'s2','threat':'TAMPERING','rule':'G-6.11-B2-01'},
  {'party':'carrier','type':'EXEMPT','segment':'s1','threat':'EAVESDROPPING','rule':'G-6.11-B1-09'},
  {'party':'osp','type':'EXEMPT','segment':'s2','threat':'EAVESDROPPING','rule':'G-6.11-B1-10'},
  {'party':'carrier','type':'PARTIAL_MANAGEMENT','segment':'s3','threat':'INTRUSION','rule':'G-6.11-B1-08'},
  {'party':'clinic','type':'PERSONAL_INFORMATION_PROTECTION','rule':'G-6.11-B1-04'},
  {'party':'hosp','type':'EXEMPT','rule':'G-6.11-B1-04'}],
 'absentResponsibilities':[{'party':'carrier','type':'ACCOUNTABILITY'},{'party':'osp','type':'RESULT'},{'party':'carrier','type':'PARTIAL_MANAGEMENT','threat':'EAVESDROPPING'}],
 'controls':[
  {'control':'OBJECT_ENCRYPTION','party':'hosp','segment':'s2','status':'SATISFIED','rule':'G-6.11-B3-09'},
  {'control':'TAMPER_DETECTION','party':'hosp','segment':'s1','status':'SATISFIED','rule':'G-6.11-B3-08'},
  {'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s1','status':'SATISFIED'},
  {'control':'MUTUAL_AUTHENTICATION','party':'hosp','threat':'SPOOFING','status':'SATISFIED'},
  {'control':'EARLY_ENCRYPTION','party':'hosp','status':'SATISFIED','strength':'SHOULD'}],
 'segmentThreats':[{'segment':'s1','threat':'EAVESDROPPING','responsible':['clinic','hosp'],'partial':[],'exempt':['carrier']},
                   {'segment':'s2','threat':'INTERFERENCE','responsible':['clinic','hosp'],'partial':['osp'],'exempt':[]}]})
sc('threats-edition-2','edition 2 names eavesdropping, tampering, intrusion and interference: no spoofing row in the matrix',['E2007_V2'],None,{
 'fired':['G-6.11-B0-02'],'matrixThreats':['EAVESDROPPING','TAMPERING','INTRUSION','INTERFERENCE'],
 'findings':[{'rule':'G-6.11-B0-02','clauseContains':'第2版 6.10'}]})
sc('threats-edition-3-add-spoofing','the edition 3 draft adds spoofing to the threats, so the sender is responsible against it on every segment',['E2008_V3'],None,{
 'fired':['G-6.11-B0-02'],'matrixThreats':['EAVESDROPPING','TAMPERING','SPOOFING','INTRUSION','INTERFERENCE'],
 'segmentThreats':[{'segment':'s3','threat':'SPOOFING','responsible':['clinic','hosp'],'partial':[],'exempt':[]}],
 'findings':[{'rule':'G-6.11-B0-02','clauseContains':'第3版改正案 6.11'}]})
def consign(f):
    f['legalForm']='CONSIGNMENT'; f.pop('consent')
    f['inPlace']=f['inPlace']+[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','reference':'consignment contract CN-3'},{'control':'CONSIGNEE_SUPERVISION','party':'hosp','reference':'audit plan 2008'}]
sc('consignment-provider-keeps-responsibility','consignment: the provider keeps management, accountability and result responsibility; the consignee owes contract compliance and reporting',BOTH,consign,{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-02'],'notFired':['G-6.11-B1-03','G-6.11-B1-04'],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','rule':'G-6.11-B1-02'},{'party':'hosp','type':'ACCOUNTABILITY','rule':'G-6.11-B1-02'},
  {'party':'hosp','type':'RESULT','rule':'G-6.11-B1-02'},{'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B1-02'},
  {'party':'clinic','type':'CONTRACT_COMPLIANCE_AND_REPORTING','rule':'G-6.11-B1-02'}],
 'absentResponsibilities':[{'party':'clinic','type':'ACCOUNTABILITY'},{'party':'clinic','type':'RESULT'}],
 'controls':[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'SATISFIED'},{'control':'CONSIGNEE_SUPERVISION','party':'hosp','status':'SATISFIED'}]})
sc('consignment-without-contract-or-supervision','consignment without a consignment contract or supervision is non-compliant',BOTH,
 chain(consign, lambda f: drop_inplace(f,'CONSIGNMENT_CONTRACT','CONSIGNEE_SUPERVISION')),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-02'],
 'controls':[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'MISSING','strength':'MUST'},{'control':'CONSIGNEE_SUPERVISION','party':'hosp','status':'MISSING'}]})
sc('third-party-explicit-consent','third-party provision with explicit consent: responsibility moves to the recipient for what it received',BOTH,
 setp(['consent'],{'basis':'EXPLICIT'}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],'notFired':['G-6.11-B1-02'],
 'controls':[{'control':'CONSENT_FOR_PROVISION','party':'hosp','status':'SATISFIED','rule':'G-6.11-B1-03'},{'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'clinic','status':'SATISFIED'}],
 'responsibilities':[{'party':'clinic','type':'MANAGEMENT','rule':'G-6.11-B1-04'},{'party':'clinic','type':'ACCOUNTABILITY','rule':'G-6.11-B1-04'},{'party':'hosp','type':'EXEMPT','rule':'G-6.11-B1-04'}]})
sc('third-party-implied-consent-inquiry','implied consent is enough when answering another institution\'s inquiry (case u)',BOTH,
 setp(['consent'],{'basis':'IMPLIED','impliedCase':'U_INQUIRY_RESPONSE'}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],
 'findings':[{'rule':'G-6.11-B1-03','messageContains':'U_INQUIRY_RESPONSE'}]})
sc('third-party-implied-consent-other-purpose','implied consent outside the listed cases (a)-(d) is not enough: prohibited',BOTH,
 setp(['consent'],{'basis':'IMPLIED','impliedCase':'OTHER'}),{
 'verdict':'PROHIBITED','fired':['G-6.11-B1-03'],'notFired':['G-6.11-B1-04'],
 'controls':[{'control':'CONSENT_FOR_PROVISION','party':'hosp','status':'MISSING'}],
 'findings':[{'rule':'G-6.11-B1-03','kind':'PROHIBITION'}]})
sc('third-party-no-consent','third-party provision with no consent and no exception is prohibited',BOTH,
 setp(['consent'],{'basis':'NONE'}),{'verdict':'PROHIBITED','fired':['G-6.11-B1-03'],'notFired':['G-6.11-B1-04'],
 'absentResponsibilities':[{'party':'clinic','type':'PERSONAL_INFORMATION_PROTECTION'}]})
sc('third-party-statutory-exception','a statutory exception (protection of life or body) replaces consent',BOTH,
 setp(['consent'],{'basis':'LEGAL_EXCEPTION','legalException':'PROTECTION_OF_LIFE_OR_BODY'}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],
 'findings':[{'rule':'G-6.11-B1-03','messageContains':'PROTECTION_OF_LIFE_OR_BODY'}]})
sc('third-party-consent-missing','third-party provision without a consent basis: insufficient information naming the field',BOTH,
 setp(['consent'],None),{'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-03'],'missingFacts':['/consent/basis'],'notFired':['G-6.11-B1-04']})
sc('third-party-implied-case-missing','implied consent without the purpose case: insufficient information',BOTH,
 setp(['consent'],{'basis':'IMPLIED'}),{'verdict':'INSUFFICIENT_INFORMATION','missingFacts':['/consent/impliedCase']})
sc('third-party-exception-missing','a statutory exception claimed without naming it: insufficient information',BOTH,
 setp(['consent'],{'basis':'LEGAL_EXCEPTION'}),{'verdict':'INSUFFICIENT_INFORMATION','missingFacts':['/consent/legalException']})
sc('legal-form-missing','no legal form: insufficient information naming /legalForm',BOTH,
 chain(setp(['legalForm'],None),setp(['consent'],None)),{'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-01'],'missingFacts':['/legalForm'],'notFired':['G-6.11-B1-02','G-6.11-B1-03']})
def claims(f):
    f['purpose']='CLAIMS_SUBMISSION'; f['legalForm']='PROVISION_REQUIRED_BY_LAW'; f.pop('consent'); f['direction']='TWO_WAY'
LAW_EXPECT={'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],'notFired':['G-6.11-B1-01'],
 'findings':[{'rule':'G-6.11-B1-03','needsHumanReview':False,'basis':'SEED','messageContains':'REQUIRED_BY_LAW'}],
 'controls':[{'control':'CONSENT_FOR_PROVISION','party':'hosp','status':'SATISFIED','rule':'G-6.11-B1-03'},{'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'clinic','status':'SATISFIED'}],
 'responsibilities':[{'party':'clinic','type':'PERSONAL_INFORMATION_PROTECTION','rule':'G-6.11-B1-04'}]}
sc('provision-required-by-law','seed C:L416-418: claims submission required by law is third-party provision under the statutory exception: no consent needed, the recipient\'s duties apply',BOTH,claims,copy.deepcopy(LAW_EXPECT))
sc('third-party-exception-required-by-law','the same statutory provision written as third-party provision with the exception 法令に基づく場合 gets the same answer (seed C:L416-418)',BOTH,
 chain(claims, setp(['legalForm'],'THIRD_PARTY_PROVISION'), setp(['consent'],{'basis':'LEGAL_EXCEPTION','legalException':'REQUIRED_BY_LAW'})),copy.deepcopy(LAW_EXPECT))
sc('carrier-encrypted-without-contract-terms','seed C:L462-481: encrypted end to end, the carrier is free of eavesdropping duty, but tampering/intrusion/interference and availability must still be in the contract (契約で明らかにすること): absent, non-compliant',BOTH,
 lambda f: drop_inplace(f,'TAMPER_INTRUSION_INTERFERENCE_TERMS','AVAILABILITY_TERMS'),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-09','G-6.11-B1-10'],'notFired':['G-6.11-B1-11'],
 'responsibilities':[{'party':'carrier','type':'EXEMPT','segment':'s3','threat':'EAVESDROPPING'}],
 'controls':[{'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'carrier','segment':'s1','status':'MISSING','rule':'G-6.11-B1-09'},
  {'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s3','status':'MISSING','rule':'G-6.11-B1-09'},
  {'control':'AVAILABILITY_TERMS','party':'osp','segment':'s2','status':'MISSING','rule':'G-6.11-B1-10'}]})
def osp_encrypts(f):
    f['objectSecurity']={'encryptedBy':'osp','decryptedBy':'clinic','tamperDetection':'ELECTRONIC_SIGNATURE'}
sc('plaintext-through-service-without-entrustment','the service encrypts on the hospital\'s behalf, so carrier and service see plaintext: entrustment contract and supervision required',BOTH,osp_encrypts,{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-11','G-6.11-B1-09','G-6.11-B1-10','G-6.11-B2-02','G-6.11-B2-03','G-6.11-B2-07'],
 'absentResponsibilities':[{'party':'osp','type':'EXEMPT'}],
 'responsibilities':[{'party':'osp','type':'PARTIAL_MANAGEMENT','segment':'s2','threat':'EAVESDROPPING','rule':'G-6.11-B1-11'},
   {'party':'carrier','type':'PARTIAL_MANAGEMENT','segment':'s1','threat':'EAVESDROPPING','rule':'G-6.11-B1-11'},
   {'party':'carrier','type':'EXEMPT','segment':'s3','threat':'EAVESDROPPING','rule':'G-6.11-B1-09'},
   {'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B1-11'}],
 'controls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','segment':'s2','status':'MISSING'},
  {'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'carrier','segment':'s1','status':'MISSING'},
  {'control':'ENTRUSTEE_SUPERVISION','party':'hosp','segment':'s2','status':'MISSING'},
  {'control':'CHANNEL_EAVESDROP_COUNTERMEASURE','party':'carrier','segment':'s1','status':'SATISFIED'},
  {'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-08'},
  {'control':'EARLY_ENCRYPTION','party':'hosp','status':'MISSING','strength':'SHOULD'}],
 'segmentThreats':[{'segment':'s2','threat':'EAVESDROPPING','partial':['osp']}]})
sc('plaintext-through-service-with-entrustment','plaintext at the service with entrustment contracts and supervision in place: the B1-11 controls are satisfied',BOTH,
 chain(osp_encrypts, lambda f: f['inPlace'].extend([{'control':'MANAGEMENT_SPLIT_AGREED'},{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp'}])),{
 'fired':['G-6.11-B1-11'],
 'controls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','status':'SATISFIED'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp','status':'SATISFIED'},{'control':'MANAGEMENT_SPLIT_AGREED','party':'carrier','status':'SATISFIED'}],
 'absentControls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','status':'MISSING'}]})
def two_recipients(identified2):
    def m(f):
        f['parties'].append({'id':'pharmacy','name':'E薬局','roles':['RECIPIENT']})
        f['recipients'].append({'party':'pharmacy','identifiedInAdvance':identified2})
        f['inPlace'].append({'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'pharmacy','reference':'data-use agreement DU-8'})
    return m
sc('one-to-many-all-identified','one-to-many with every recipient identified in advance: duties apply to each recipient',BOTH,two_recipients(True),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-12'],'notFired':['G-6.11-B1-13'],
 'findings':[{'rule':'G-6.11-B1-12','messageContains':'2'}],
 'responsibilities':[{'party':'pharmacy','type':'PERSONAL_INFORMATION_PROTECTION','rule':'G-6.11-B1-04'}]})
sc('one-to-many-unidentified-prohibited','one-to-many with a recipient not identified in advance is prohibited',BOTH,two_recipients(False),{
 'verdict':'PROHIBITED','fired':['G-6.11-B1-13'],'notFired':['G-6.11-B1-12'],
 'findings':[{'rule':'G-6.11-B1-13','kind':'PROHIBITION','party':'hosp','messageContains':'pharmacy'}],
 'absentControls':[{'control':'DEMARCATION_AGREEMENT','party':'pharmacy'},{'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'pharmacy'}],
 'controls':[{'control':'DEMARCATION_AGREEMENT','party':'clinic','status':'SATISFIED'}]})
sc('one-to-many-unidentified-required-by-law','seed C:L506-510: an unidentified recipient is allowed when provision is required by law (法令で定められている場合)',BOTH,chain(two_recipients(False),claims),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-13'],
 'findings':[{'rule':'G-6.11-B1-13','kind':'INFO','party':'hosp','messageContains':'pharmacy'}],'absentControls':[{'status':'MISSING','strength':'MUST'}]})
sc('one-to-many-unidentified-other-exception','an unidentified recipient under another statutory exception: the open-ended "etc." needs human review',BOTH,
 chain(two_recipients(False),setp(['consent'],{'basis':'LEGAL_EXCEPTION','legalException':'PROTECTION_OF_LIFE_OR_BODY'})),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-13'],
 'findings':[{'rule':'G-6.11-B1-13','kind':'NEEDS_HUMAN_REVIEW','party':'hosp','basis':'INTERPRETATION','messageContains':'pharmacy'}]})
sc('recipient-identification-missing','whether the recipient is identified in advance is not given: insufficient information',BOTH,
 setp(['recipients'],[{'party':'clinic'}]),{'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-13'],'missingFacts':['/recipients/0/identifiedInAdvance'],'notFired':['G-6.11-B1-12']})
sc('recipients-missing','no recipients listed: insufficient information',BOTH,chain(setp(['recipients'],None),setp(['objectSecurity'],None)),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-12'],'missingFacts':['/recipients'],'notFired':['G-6.11-B1-06','G-6.11-B1-04']})
sc('open-internet-without-object-encryption','TLS over the internet protects the channel, not the data: the data itself must be encrypted',BOTH,
 chain(single_segment('OPEN_INTERNET','carrier',{'protocol':'TLS','tlsVersion':'1.2','clientAuthenticated':False}),
       setp(['objectSecurity'],{'tamperDetection':'ELECTRONIC_SIGNATURE'})),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-09','G-6.11-B2-02','G-6.11-B1-11','G-6.11-B2-03','G-6.11-B2-07'],'notFired':['G-6.11-B3-08','G-6.11-B3-05','G-6.11-B3-06','G-6.11-B2-06','G-6.11-B1-10'],
 'controls':[{'control':'OBJECT_ENCRYPTION','party':'hosp','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09'},
  {'control':'TAMPER_DETECTION','party':'hosp','status':'SATISFIED','rule':'G-6.11-B2-07'},
  {'control':'CHANNEL_EAVESDROP_COUNTERMEASURE','party':'carrier','status':'SATISFIED'}],
 'findings':[{'rule':'G-6.11-B2-03','needsHumanReview':True},{'rule':'G-6.11-B2-02','segment':'s1'}]})
sc('closed-network-plaintext-no-tamper-detection','a leased line does not excuse encrypting the data itself and detecting tampering',BOTH,
 chain(single_segment('LEASED_LINE','carrier'),setp(['objectSecurity'],{'tamperDetection':'NONE'})),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-05','G-6.11-B3-06','G-6.11-B3-08','G-6.11-B2-07'],'notFired':['G-6.11-B3-09','G-6.11-B2-02','G-6.11-B2-10'],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-08'},
  {'control':'TAMPER_DETECTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-08'},
  {'control':'TAMPER_DETECTION','party':'hosp','status':'MISSING','rule':'G-6.11-B2-07'},
  {'control':'CHANNEL_EAVESDROP_COUNTERMEASURE','party':'carrier','status':'MISSING'}]})
sc('closed-network-encrypted-no-tamper-detection','encrypted over a closed network but without tamper detection: still non-compliant, and encryption does not remove tampering risk',BOTH,
 chain(single_segment('CLOSED_IP_SINGLE_CARRIER','carrier'),setp(['objectSecurity','tamperDetection'],'NONE')),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-08','G-6.11-B2-06'],'notFired':['G-6.11-B2-07','G-6.11-B2-03'],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'SATISFIED'},{'control':'TAMPER_DETECTION','segment':'s1','status':'MISSING'}],
 'findings':[{'rule':'G-6.11-B2-06','kind':'INFO'}]})
sc('interconnected-closed-networks-flagged','interconnected closed networks are flagged for review even with the data encrypted',BOTH,
 single_segment('CLOSED_IP_INTERCONNECTED','carrier',{'protocol':'NONE'}),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B3-07','G-6.11-B3-08'],
 'controls':[{'control':'INTERCONNECTION_DISCLOSURE_AVOIDED','segment':'s1','status':'SATISFIED'}],
 'findings':[{'rule':'G-6.11-B3-07','needsHumanReview':True,'segment':'s1'}]})
sc('interconnected-closed-networks-plaintext','plaintext across an interconnection point risks accidental disclosure: non-compliant',BOTH,
 chain(single_segment('CLOSED_IP_INTERCONNECTED','carrier'),setp(['objectSecurity','encryptedBy'],None),setp(['objectSecurity','decryptedBy'],None)),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-07'],
 'controls':[{'control':'INTERCONNECTION_DISCLOSURE_AVOIDED','segment':'s1','status':'MISSING'}]})
sc('no-mutual-authentication','the recipient does not verify the sender: a spoofing control is required',BOTH,
 setp(['endAuthentication'],{'senderVerifiesRecipient':True,'recipientVerifiesSender':False,'method':'NONE'}),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B2-08'],'notFired':['G-6.11-B2-09'],
 'controls':[{'control':'MUTUAL_AUTHENTICATION','party':'hosp','threat':'SPOOFING','status':'MISSING','rule':'G-6.11-B2-08'}]})
sc('id-password-authentication','mutual authentication by ID and password only: the guideline names public or shared keys, so human review',BOTH,
 chain(setp(['endAuthentication','method'],'ID_PASSWORD'),setp(['objectSecurity','tamperDetection'],'OTHER')),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B2-09'],
 'controls':[{'control':'ESTABLISHED_AUTH_MECHANISM','status':'MISSING','strength':'SHOULD'}],
 'findings':[{'rule':'G-6.11-B2-09','needsHumanReview':True}]})
sc('id-password-with-signature','ID and password plus an electronic signature on the data: the signature confirms the sender',BOTH,
 setp(['endAuthentication','method'],'ID_PASSWORD'),{
 'verdict':'COMPLIANT','fired':['G-6.11-B2-09'],'controls':[{'control':'ESTABLISHED_AUTH_MECHANISM','status':'SATISFIED'}]})
sc('end-authentication-missing','how the ends verify each other is not given: insufficient information',BOTH,setp(['endAuthentication'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-08'],'missingFacts':['/endAuthentication'],'notFired':['G-6.11-B2-09']})
sc('authentication-method-missing','mutual authentication without its mechanism: the mechanism is a recommendation (SHOULD), so the missing fact is listed but does not lower the verdict',BOTH,setp(['endAuthentication','method'],None),{
 'verdict':'COMPLIANT','fired':['G-6.11-B2-09'],'missingFacts':['/endAuthentication/method']})
sc('object-security-missing','where the data is encrypted is not given: insufficient information',BOTH,setp(['objectSecurity'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-03'],'missingFacts':['/objectSecurity'],
 'notFired':['G-6.11-B1-11','G-6.11-B3-08','G-6.11-B3-09','G-6.11-B2-04'],
 'absentResponsibilities':[{'type':'EXEMPT','threat':'EAVESDROPPING'}]})
sc('decryption-point-missing','encrypted but the decrypting party is not given',BOTH,setp(['objectSecurity','decryptedBy'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-03'],'missingFacts':['/objectSecurity/decryptedBy']})
sc('tamper-detection-missing-on-plaintext','plaintext on the path and no word on tamper detection: insufficient information',BOTH,
 setp(['objectSecurity'],{}),{'fired':['G-6.11-B2-07'],'missingFacts':['/objectSecurity/tamperDetection']})
RL={'id':'rl-1','vendor':'vendor','network':'OPEN_INTERNET','channelEncrypted':True,'idPasswordOnly':True,'accessPointRestricted':True,'protocolRestricted':True,'accessRightsManaged':True,'logged':True,'supervisedByInstitution':True,
    'accounts':'NAMED','enabledPerWorkOrder':True,'logReviewed':True}
def with_login(**over):
    def m(f):
        f['parties'].append({'id':'vendor','name':'F保守','roles':['MAINTENANCE_VENDOR']})
        l=dict(RL); 
        for k,v in over.items():
            if v is None: l.pop(k)
            else: l[k]=v
        f['remoteLogins']=[l]
    return m
sc('remote-maintenance-restricted-and-managed','remote maintenance restricted, managed, encrypted and supervised',BOTH,with_login(),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-14','G-6.11-B2-05'],
 'controls':[{'control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'SATISFIED'},{'control':'MAINTENANCE_SUPERVISION','party':'hosp','status':'SATISFIED'},
  {'control':'REMOTE_LOGIN_LOGGED','party':'vendor','status':'SATISFIED','strength':'SHOULD'}],
 'responsibilities':[{'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B2-05'}],
 'findings':[{'rule':'G-6.11-B1-14','basis':'RECALLED_UNVERIFIED','messageContains':'unverified'}]})
sc('remote-maintenance-unrestricted','remote login open from anywhere and unsupervised must be restricted and managed',BOTH,
 with_login(accessPointRestricted=False,supervisedByInstitution=False,channelEncrypted=False),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-14','G-6.11-B2-05'],
 'controls':[{'control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'MISSING','strength':'MUST'},
  {'control':'MAINTENANCE_EAVESDROP_PREVENTION','party':'vendor','status':'MISSING'},{'control':'MAINTENANCE_SUPERVISION','party':'hosp','status':'MISSING'}]})
sc('remote-maintenance-not-logged','an unlogged remote login is a recommendation, not a failure',BOTH,with_login(logged=False),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-14'],'controls':[{'control':'REMOTE_LOGIN_LOGGED','status':'MISSING','strength':'SHOULD'}]})
sc('remote-maintenance-facts-missing','remote login without the facts to judge it: insufficient information naming each field',BOTH,
 with_login(accessPointRestricted=None,channelEncrypted=None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-14','G-6.11-B2-05'],
 'missingFacts':['/remoteLogins/0/accessPointRestricted','/remoteLogins/0/channelEncrypted']})
sc('direction-missing','who sends is unknown: insufficient information',BOTH,setp(['direction'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-01'],'missingFacts':['/direction']})
sc('one-way-sender-only','one-way: only the provider holds management responsibility on the path',['E2008_V3'],setp(['direction'],'ONE_WAY'),{
 'verdict':'COMPLIANT','fired':['G-6.11-B2-01'],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','segment':'s1','threat':'TAMPERING'}],
 'absentResponsibilities':[{'party':'clinic','type':'MANAGEMENT','rule':'G-6.11-B2-01'}],
 'findings':[{'rule':'G-6.11-B0-01','kind':'INFO','messageContains':'one-way'}]})
sc('one-way-edition-2-in-scope','seed C:L275-286: regional care exchange is in edition 2\'s scope whichever way it flows, so a one-way provision needs no review',['E2007_V2'],setp(['direction'],'ONE_WAY'),{
 'verdict':'COMPLIANT','notFired':['G-6.11-B0-01'],'fired':['G-6.11-B2-01']})
sc('not-personal-medical-information','anonymised statistics: 6.11 does not apply',BOTH,setp(['data'],{'personal':False,'medical':True}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B0-01'],
 'notFired':['G-6.11-B0-02','G-6.11-B1-03','G-6.11-B1-05','G-6.11-B1-06','G-6.11-B1-07','G-6.11-B1-08','G-6.11-B1-09','G-6.11-B1-10','G-6.11-B1-12','G-6.11-B1-15','G-6.11-B2-01','G-6.11-B2-04','G-6.11-B2-08','G-6.11-B2-09','G-6.11-B2-10','G-6.11-B3-01','G-6.11-B3-02','G-6.11-B3-04','G-6.11-B3-05','G-6.11-B3-06','G-6.11-B3-08','G-6.11-B3-09'],
 'findings':[{'rule':'G-6.11-B0-01','kind':'INFO','messageContains':'does not apply'}]})
sc('data-description-missing','whether the data is personal medical information is not given',BOTH,setp(['data'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B0-01'],'missingFacts':['/data/personal'],'notFired':['G-6.11-B0-02']})
sc('no-segments','no path given: insufficient information',BOTH,setp(['segments'],[]),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B0-01'],'missingFacts':['/segments'],'notFired':['G-6.11-B0-02','G-6.11-B2-01']})
sc('network-type-missing','a segment without its network type',BOTH,setp(['segments',1,'network'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B3-05'],'missingFacts':['/segments/1/network']})
sc('institution-runs-the-line-itself','a segment with no carrier or service: no carrier duties or contracts arise',BOTH,
 single_segment('LEASED_LINE',None),{
 'verdict':'COMPLIANT','fired':['G-6.11-B3-08'],'notFired':['G-6.11-B1-05','G-6.11-B1-07','G-6.11-B1-08','G-6.11-B1-09','G-6.11-B1-15','G-6.11-B1-11'],
 'segmentThreats':[{'segment':'s1','threat':'EAVESDROPPING','responsible':['clinic','hosp'],'partial':[],'exempt':[]}]})
sc('agreements-not-declared','nothing declared in place: the missing agreements are listed; an unclear responsible party makes it non-compliant',BOTH,setp(['inPlace'],None),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-05','G-6.11-B1-06','G-6.11-B1-07'],
 'controls':[{'control':'PATIENT_CONTACT_POINT','party':'hosp','status':'MISSING','rule':'G-6.11-B1-05'},
  {'control':'SEGMENT_RESPONSIBILITY_AGREED','party':'osp','segment':'s2','status':'MISSING'},
  {'control':'DEMARCATION_AGREEMENT','party':'clinic','status':'MISSING','rule':'G-6.11-B1-06'},
  {'control':'OUTAGE_AND_INCIDENT_HANDLING','party':'clinic','status':'MISSING'},
  {'control':'DELEGATED_MANAGEMENT_SCOPE','party':'carrier','segment':'s1','status':'MISSING'},
  {'control':'FAILURE_RESPONSE_LEAD','party':'osp','segment':'s2','status':'MISSING','rule':'G-6.11-B1-07'},
  {'control':'NETWORK_SECURITY_RESPONSIBILITY_AGREED','party':'carrier','segment':'s3','status':'MISSING','rule':'G-6.11-B1-15'},
  {'control':'PEER_NETWORK_CONFIGURATION_CHECKED','party':'hosp','status':'MISSING','rule':'G-6.11-B3-01'},
  {'control':'SENSITIVITY_BASED_NETWORK_CHOICE','status':'MISSING','rule':'G-6.11-B3-02'},
  {'control':'RISK_EXPLAINED_TO_PATIENTS','status':'MISSING','rule':'G-6.11-B3-04'},
  {'control':'MALWARE_AND_PATCH_MANAGEMENT','status':'MISSING','rule':'G-6.11-B3-06'}]})
sc('demarcation-agreement-only-missing','seed C:L445-448: the provider–recipient demarcation agreement is a MUST; not declared at all, it is absent: non-compliant like every other missing agreement',BOTH,
 lambda f: drop_inplace(f,'DEMARCATION_AGREEMENT','OUTAGE_AND_INCIDENT_HANDLING'),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-06'],
 'controls':[{'control':'OUTAGE_AND_INCIDENT_HANDLING','party':'clinic','status':'MISSING','rule':'G-6.11-B1-06','effect':'NON_COMPLIANT'}]})
def outside(network):
    def m(f):
        f['purpose']='PATIENT_ACCESS' if network=='OUTSIDE_ACCESS_PATIENT' else 'STAFF_REMOTE_ACCESS'
        f['segments']=[{'id':'s1','fromPoint':'terminal','toPoint':'hosp external connection point','network':network,'operator':'carrier','channel':{'protocol':'TLS','tlsVersion':'1.2','clientAuthenticated':True}}]
    return m
sc('patient-access-edition-2','patients viewing records from outside: edition 2 neither lists the case (C:L275-286) nor counts the connection point as network (C:L835-839), so the network clauses do not judge it',['E2007_V2'],outside('OUTSIDE_ACCESS_PATIENT'),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.11-B0-01','G-6.11-B3-01'],'notFired':['G-6.11-B3-09','G-6.11-B3-05'],
 'findings':[{'rule':'G-6.11-B3-01','kind':'NOT_COVERED','segment':'s1'},{'rule':'G-6.11-B0-01','kind':'NEEDS_HUMAN_REVIEW'}]})
sc('patient-access-edition-3','patients viewing records from outside are in scope of the edition 3 draft',['E2008_V3'],outside('OUTSIDE_ACCESS_PATIENT'),{
 'verdict':'COMPLIANT','fired':['G-6.11-B0-01','G-6.11-B3-09'],'notFired':['G-6.11-B3-11']})
sc('staff-outside-access-edition-3','staff connecting from outside: the draft\'s mobile section is not in the seed, so human review',['E2008_V3'],outside('OUTSIDE_ACCESS_STAFF'),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B3-11'],
 'findings':[{'rule':'G-6.11-B3-11','needsHumanReview':True,'clauseContains':'Ⅲ'}]})
sc('staff-outside-access-edition-2','staff connecting from outside under edition 2: not listed (C:L275-286), not in the network definition (C:L835-839)',['E2007_V2'],outside('OUTSIDE_ACCESS_STAFF'),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.11-B0-01','G-6.11-B3-01'],'notFired':['G-6.11-B3-09']})
sc('mobile-terminal-plaintext','a mobile terminal sending unencrypted data is treated as an open network',BOTH,
 chain(outside('OUTSIDE_ACCESS_STAFF'),setp(['segments',0,'network'],'MOBILE'),setp(['objectSecurity'],{'tamperDetection':'ELECTRONIC_SIGNATURE'})),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-09'],'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09'}]})
sc('mobile-terminal-edition-3','a mobile terminal under the edition 3 draft is flagged against section III',['E2008_V3'],
 chain(outside('OUTSIDE_ACCESS_STAFF'),setp(['segments',0,'network'],'MOBILE')),{'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B3-11']})
def storage(f):
    consign(f); f['purpose']='EXTERNAL_STORAGE'
sc('external-storage-edition-2','edition 2 sends external storage to chapter 8 (not encoded): human review',['E2007_V2'],storage,{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B0-03'],'findings':[{'rule':'G-6.11-B0-03','needsHumanReview':True}]})
sc('external-storage-edition-3','the draft deletes the chapter 8 pointer from 6.11',['E2008_V3'],storage,{'verdict':'COMPLIANT'})
sc('consignment-no-storage-pointer','an ordinary consignment under edition 2 is not routed to chapter 8',['E2007_V2'],consign,{'verdict':'COMPLIANT','notFired':['G-6.11-B0-03']})
sc('cyber-attack-cross-reference-edition-2','edition 2 refers cyber-attacks to 6.9',['E2007_V2'],None,{
 'fired':['G-6.11-B2-10'],'findings':[{'rule':'G-6.11-B2-10','segment':'s2','messageContains':'6.9'},{'rule':'G-6.11-B1-06','clauseContains':'第2版 6.10 B-1'},{'rule':'G-6.11-B2-08','clauseContains':'6.10 B-2'}]})
sc('cyber-attack-cross-reference-edition-3','the draft refers cyber-attacks to 6.10 and cites the moved demarcation text in chapter 4',['E2008_V3'],None,{
 'fired':['G-6.11-B2-10'],'findings':[{'rule':'G-6.11-B2-10','segment':'s2','messageContains':'6.10'},{'rule':'G-6.11-B1-06','clauseContains':'第4章 4.2'},{'rule':'G-6.11-B2-08','clauseContains':'6.11 B-1'}]})
sc('closed-only-no-cyber-reference','no open network: no cyber-attack cross-reference',BOTH,single_segment('LEASED_LINE','carrier'),{'notFired':['G-6.11-B2-10','G-6.11-B3-11','G-6.11-B0-03']})



class D(yaml.SafeDumper): pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, str_rep)

# ---------------------------------------------------------------- 6.9, 6.10, comparisons
E7=['E2007_V2']; E8=['E2008_V3']
ITEM={'id':'usb-1','kind':'PORTABLE_MEDIA','takenBy':'STAFF','containsInformation':True,'inLedger':True,'bootPassword':None,
      'passwordManaged':None,'dataProtected':True,'connectsToNetworkOrMedia':False,'antivirus':None,'personalFirewall':None,
      'fileSharingSoftware':None,'privacyFilter':None,'multiFactorAuthentication':None,'registered':True}
LAPTOP={'id':'pc-1','kind':'LAPTOP','takenBy':'STAFF','containsInformation':True,'inLedger':True,'bootPassword':True,
      'passwordManaged':True,'dataProtected':True,'connectsToNetworkOrMedia':True,'antivirus':True,'personalFirewall':True,
      'fileSharingSoftware':False,'privacyFilter':True,'multiFactorAuthentication':True,'registered':True}
POLICY={'riskAnalysis':True,'policyInOperationRules':True,'managementMethod':True,'theftLossProcedure':True,'staffTrained':True}
def clean(d): return {k:v for k,v in d.items() if v is not None}
def take_out(items, policy=POLICY):
    def m(f):
        return {'id':'x','description':'information taken out of the hospital','purpose':'OTHER',
                'data':{'personal':True,'medical':True},
                'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']}],'provider':'hosp',
                'takeOut':{'items':[clean(i) for i in items], **({'policy':policy} if policy is not None else {})}}
    return m
def item(base, **over):
    d=dict(base); d.update(over); return d
G69=['G-6.9-C-01','G-6.9-C-02','G-6.9-C-03','G-6.9-C-04','G-6.9-C-05','G-6.9-C-06','G-6.9-C-07','G-6.9-C-08','G-6.9-C-09','G-6.9-C-10','G-6.9-D-01','G-6.9-D-02','G-6.9-D-03']
USB_BAD=item(ITEM, inLedger=False, dataProtected=False, registered=False)
sc('usb-stick-home-unencrypted','an unencrypted USB stick taken home: the edition 3 draft\'s 6.9 requires a ledger and encryption or an access password',E8,take_out([USB_BAD]),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-01','G-6.9-C-02','G-6.9-C-03','G-6.9-C-04','G-6.9-C-05','G-6.9-C-07','G-6.9-D-03'],
 'notFired':['G-6.9-C-06','G-6.9-C-08','G-6.9-C-09','G-6.9-C-10','G-6.9-D-01','G-6.9-D-02','G-6.11-B0-01','G-6.11-B0-02','G-6.11-B1-12'],
 'controls':[{'control':'DATA_ENCRYPTION_OR_PASSWORD','party':'hosp','segment':'usb-1','status':'MISSING','strength':'MUST'},
  {'control':'DEVICE_LEDGER','segment':'usb-1','status':'MISSING'},{'control':'DEVICE_REGISTRATION','status':'MISSING','strength':'SHOULD'},
  {'control':'THEFT_LOSS_PROCEDURE','status':'SATISFIED'}],
 'findings':[{'rule':'G-6.9-C-07','segment':'usb-1','subject':'TAKEN_OUT_ITEM','clauseContains':'第3版改正案 6.9'}]})
sc('usb-stick-home-edition-2','edition 2 has no section on taking information out: not covered, never compliant',E7,take_out([USB_BAD]),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.9-00'],'notFired':['G-6.11-B0-01','G-6.11-B0-02'],
 'findings':[{'rule':'G-6.9-00','kind':'NOT_COVERED'}]})
sc('laptop-taken-out-compliant','a laptop taken out with every minimum and recommended measure',E8,take_out([LAPTOP]),{
 'verdict':'COMPLIANT','fired':['G-6.9-C-06','G-6.9-C-08','G-6.9-D-01','G-6.9-D-02','G-6.9-D-03'],'notFired':['G-6.9-C-09','G-6.9-C-10'],
 'controls':[{'control':'MALWARE_PROTECTION_WHEN_CONNECTED','segment':'pc-1','status':'SATISFIED'},{'control':'BOOT_PASSWORD','status':'SATISFIED'},
  {'control':'PRIVACY_FILTER','status':'SATISFIED','strength':'SHOULD'},{'control':'MULTI_FACTOR_AUTHENTICATION','status':'SATISFIED'}]})
sc('laptop-edition-2-alongside-exchange','an exchange plus a laptop taken out under edition 2: the exchange is judged, the take-out is not covered',E7,
 lambda f: f.update({'takeOut':{'items':[clean(LAPTOP)],'policy':POLICY}}),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.9-00','G-6.11-B1-09','G-6.11-B3-09']})
sc('laptop-with-file-sharing-software','taken-out information must not be handled on a device with Winny installed',E8,
 take_out([item(LAPTOP, fileSharingSoftware=True)]),{'verdict':'PROHIBITED','fired':['G-6.9-C-09'],
 'controls':[{'control':'NO_FILE_SHARING_SOFTWARE','segment':'pc-1','status':'MISSING'}],'findings':[{'rule':'G-6.9-C-09','kind':'PROHIBITION'}]})
sc('laptop-unprotected-on-network','a laptop connected to networks without anti-virus or firewall, no boot password',E8,
 take_out([item(LAPTOP, antivirus=False, bootPassword=False, privacyFilter=False, multiFactorAuthentication=False)]),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-08','G-6.9-C-06'],
 'controls':[{'control':'MALWARE_PROTECTION_WHEN_CONNECTED','status':'MISSING'},{'control':'BOOT_PASSWORD','status':'MISSING'},
  {'control':'PRIVACY_FILTER','status':'MISSING','strength':'SHOULD'}],'findings':[{'rule':'G-6.9-C-08','messageContains':'6.11'}]})
sc('personal-device-at-home','a personally owned PC used for work: the administrator is responsible for it meeting C-6 to C-9',E8,
 take_out([item(LAPTOP, id='home-pc', kind='PERSONAL_DEVICE', bootPassword=False)]),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-10','G-6.9-C-06'],
 'responsibilities':[{'party':'hosp','type':'SUPERVISION','segment':'home-pc','rule':'G-6.9-C-10'},{'party':'hosp','type':'MANAGEMENT','segment':'home-pc'}],
 'controls':[{'control':'BOOT_PASSWORD','segment':'home-pc','status':'MISSING'}]})
sc('take-out-policy-missing','a take-out without the institution\'s policy: insufficient information',E8,take_out([ITEM], policy=None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.9-C-01'],'missingFacts':['/takeOut/policy'],'notFired':['G-6.9-C-02']})
sc('take-out-staff-not-trained','the theft and loss procedure exists but staff are not trained in it',E8,take_out([ITEM], policy=dict(POLICY, staffTrained=False)),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-04'],'controls':[{'control':'STAFF_TRAINING','party':'hosp','status':'MISSING'}]})
sc('take-out-facts-missing','facts about a taken-out device are missing: each is named',E8,
 take_out([item(LAPTOP, connectsToNetworkOrMedia=None, fileSharingSoftware=None, dataProtected=None)], policy=dict(POLICY, managementMethod=None)),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.9-C-08','G-6.9-C-09'],
 'missingFacts':['/takeOut/items/0/connectsToNetworkOrMedia','/takeOut/items/0/fileSharingSoftware','/takeOut/items/0/dataProtected','/takeOut/policy/managementMethod']})
G610=['G-6.10-B-01','G-6.10-B-03','G-6.10-ELIDED','G-6.10-C-03']
EMERG={'declared':True,'consentObtainable':False,'breakGlassUsed':True,'accessLogged':True,'procedureExists':True,'logReviewed':True,'accountDisabledAfter':True}
sc('emergency-break-glass-without-consent','a disaster: consent cannot be obtained, so provision falls under the life-or-body exception; the rest of the section is elided',BOTH,
 chain(setp(['consent'],{'basis':'NONE'}), setp(['emergency'],EMERG)),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':G610+['G-6.11-B1-04'],'notFired':['G-6.11-B1-03'],
 'controls':[{'control':'EMERGENCY_ACCESS_LOGGED','status':'SATISFIED','strength':'SHOULD'}],
 'findings':[{'rule':'G-6.10-ELIDED','needsHumanReview':True},{'rule':'G-6.10-B-03','basis':'SEED'}]})
sc('emergency-clause-edition-2','edition 2 numbers the emergency section 6.9',E7,setp(['emergency'],EMERG),{
 'fired':['G-6.10-B-03'],'findings':[{'rule':'G-6.10-B-03','clauseContains':'第2版 6.9 災害等の非常時の対応'}]})
sc('emergency-clause-edition-3','the edition 3 draft numbers the emergency section 6.10',E8,setp(['emergency'],EMERG),{
 'fired':['G-6.10-B-03'],'findings':[{'rule':'G-6.10-B-03','clauseContains':'第3版改正案 6.10 災害等の非常時の対応'}]})
sc('emergency-consent-obtainable','an emergency where consent can still be obtained: no exception, normal consent rules apply',BOTH,
 chain(setp(['consent'],{'basis':'NONE'}), setp(['emergency'],dict(EMERG, consentObtainable=True, breakGlassUsed=False))),{
 'verdict':'PROHIBITED','fired':['G-6.10-B-01','G-6.11-B1-03'],'notFired':['G-6.10-B-03']})
sc('emergency-facts-missing','whether an emergency is in effect is not given',BOTH,setp(['emergency'],{}),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.10-B-01'],'missingFacts':['/emergency/declared'],'notFired':['G-6.10-ELIDED']})
sc('emergency-consent-unknown','P:L178-182: in a declared emergency, whether consent can be obtained decides whether the life-or-body exception applies: needed',BOTH,
 setp(['emergency'],{'declared':True,'breakGlassUsed':False}),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.10-B-01'],'missingFacts':['/emergency/consentObtainable']})
sc('break-glass-not-logged','break-glass access without an access log: the C part is elided in the seed (P:L185 C:L221), so logging is a recalled recommendation',BOTH,setp(['emergency'],dict(EMERG, accessLogged=False)),{
 'fired':['G-6.10-B-03','G-6.10-C-03'],'controls':[{'control':'EMERGENCY_ACCESS_LOGGED','status':'MISSING','strength':'SHOULD','rule':'G-6.10-C-03'}]})
# ---------------------------------------------------------------- kinds of flow (vocabulary v2) and seed-text defects
# Each description names the seed lines (P: proposed column, C: current column) the expectation rests on.
NET_INPLACE=[{'control':'PEER_NETWORK_CONFIGURATION_CHECKED','party':'hosp'},{'control':'SENSITIVITY_BASED_NETWORK_CHOICE','party':'hosp'},
 {'control':'RISK_EXPLAINED_TO_PATIENTS','party':'hosp'},{'control':'MALWARE_AND_PATCH_MANAGEMENT','party':'hosp'}]
NOT_PROVISION=['G-6.11-B1-01','G-6.11-B1-02','G-6.11-B1-03','G-6.11-B1-04','G-6.11-B1-06','G-6.11-B1-12','G-6.11-B1-13']
def staff_access(channel=None, objsec=None, network='OPEN_INTERNET', extra=None):
    def m(f):
        d={'id':'x','kind':'STAFF_ACCESS','description':'A physician reads the hospital\'s records from home',
           'purpose':'STAFF_REMOTE_ACCESS','data':{'personal':True,'medical':True},
           'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']},{'id':'dr','name':'G医師','roles':['STAFF']}],
           'provider':'hosp','accessedBy':'dr',
           'segments':[{'id':'s1','fromPoint':'hosp external connection point','toPoint':'home terminal','network':network,
                        'channel':channel if channel is not None else {'protocol':'IPSEC_IKE','tunnelFrom':'hosp','tunnelTo':'dr','terminatesOn':'END_DEVICE'}}],
           'objectSecurity':objsec if objsec is not None else {'encryptedBy':'hosp','decryptedBy':'dr','tamperDetection':'ELECTRONIC_SIGNATURE'},
           'endAuthentication':{'senderVerifiesRecipient':True,'recipientVerifiesSender':True,'method':'PUBLIC_KEY'},
           'inPlace':copy.deepcopy(NET_INPLACE)}
        if extra: extra(d)
        return d
    return m
TUNNEL_HOSP_DR={'protocol':'IPSEC_IKE','tunnelFrom':'hosp','tunnelTo':'dr','terminatesOn':'END_DEVICE'}
SIGNED_ONLY={'tamperDetection':'ELECTRONIC_SIGNATURE'}
sc('staff-access-vpn-home-edition-3','P:L237-242, P:L781-787: staff connecting from outside is in the draft\'s scope and network; no legal form or demarcation agreement with one\'s own staff; the mobile section III (P:L902-907) is not in the seed, so review',E8,staff_access(),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B0-01','G-6.11-B0-02','G-6.11-B2-01','G-6.11-B2-08','G-6.11-B3-09','G-6.11-B3-11'],
 'notFired':NOT_PROVISION+['G-6.11-B1-05','G-6.11-B2-03'],
 'findings':[{'rule':'G-6.11-B0-01','kind':'INFO'},{'rule':'G-6.11-B3-11','needsHumanReview':True}],
 'controls':[{'control':'OBJECT_ENCRYPTION','party':'hosp','segment':'s1','status':'SATISFIED'}],
 'absentControls':[{'control':'DEMARCATION_AGREEMENT'},{'control':'CONSENT_FOR_PROVISION'}],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','segment':'s1','threat':'SPOOFING','rule':'G-6.11-B2-01'}],
 'absentResponsibilities':[{'party':'dr'}]})
sc('staff-access-edition-2','C:L275-286, C:L835-839: edition 2 neither names staff access from outside nor counts its connection point as network: not covered, the network clauses do not judge it',E7,staff_access(),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.11-B0-01','G-6.11-B3-01'],'notFired':NOT_PROVISION+['G-6.11-B3-09'],
 'findings':[{'rule':'G-6.11-B3-01','kind':'NOT_COVERED','segment':'s1'},{'rule':'G-6.11-B0-01','kind':'NEEDS_HUMAN_REVIEW'}]})
sc('staff-access-plaintext-edition-3','P:L1133-1149: staff access over the internet with the information unencrypted and no end-to-end tunnel is non-compliant',E8,
 staff_access(channel={'protocol':'TLS','tlsVersion':'1.2'}, objsec=SIGNED_ONLY),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-09','G-6.11-B2-03'],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09','effect':'NON_COMPLIANT'}]})
sc('staff-access-plaintext-edition-2','C:L835-839: under edition 2 the outside-access connection is outside the network definition, so the open-network rule does not fail it; not covered instead',E7,
 staff_access(channel={'protocol':'TLS','tlsVersion':'1.2'}, objsec=SIGNED_ONLY),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.11-B3-01','G-6.11-B2-03'],'notFired':['G-6.11-B3-09']})
sc('staff-access-tunnel-to-device-edition-3','P:L1133-1152: the information itself is not encrypted but an IPsec tunnel runs from the hospital to the terminal; the open-network text breaks off at "ただし…" so whether the tunnel suffices needs review',E8,
 staff_access(objsec=SIGNED_ONLY),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B3-09'],
 'findings':[{'rule':'G-6.11-B3-09','kind':'NEEDS_HUMAN_REVIEW','segment':'s1'}],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09','effect':'CONDITION'}]})
sc('staff-access-tunnel-at-gateway-edition-3','a tunnel that ends at a home router leaves the home network in plaintext: it does not run end to end, so the open-network rule fails the flow (P:L1133-1149)',E8,
 staff_access(channel=dict(TUNNEL_HOSP_DR, terminatesOn='GATEWAY'), objsec=SIGNED_ONLY),{
 'verdict':'NON_COMPLIANT','controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09','effect':'NON_COMPLIANT'}]})
def personal_pc(d):
    d['takeOut']={'items':[clean(item(LAPTOP, id='home-pc', kind='PERSONAL_DEVICE', connectsToNetworkOrMedia=True))],'policy':dict(POLICY)}
sc('staff-access-from-personal-pc','P:L46-61, P:L130-136: a personally owned PC at home reaching the hospital: the information manager stays responsible and the device must meet C-6 to C-9',E8,
 staff_access(extra=personal_pc),{
 'fired':['G-6.9-C-10','G-6.9-C-06','G-6.9-C-08','G-6.11-B3-11'],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','segment':'home-pc','rule':'G-6.9-C-10'},{'party':'hosp','type':'MANAGEMENT','rule':'G-6.9-C-01','scopeContains':'information manager'}]})
def patient_access(objsec=None, inplace=None, channel=None):
    def m(f):
        return {'id':'x','kind':'PATIENT_ACCESS','description':'Patients read their test results through the hospital\'s portal',
           'purpose':'PATIENT_ACCESS','data':{'personal':True,'medical':True},
           'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']},{'id':'pt','name':'患者','roles':['PATIENT']}],
           'provider':'hosp','accessedBy':'pt',
           'segments':[{'id':'s1','fromPoint':'hosp external connection point','toPoint':'patient terminal','network':'OPEN_INTERNET',
                        'channel':channel if channel is not None else {'protocol':'TLS','tlsVersion':'1.2','tunnelFrom':'hosp','tunnelTo':'pt','terminatesOn':'END_DEVICE'}}],
           'objectSecurity':objsec if objsec is not None else {'encryptedBy':'hosp','decryptedBy':'pt','tamperDetection':'ELECTRONIC_SIGNATURE'},
           'endAuthentication':{'senderVerifiesRecipient':True,'recipientVerifiesSender':True,'method':'PUBLIC_KEY'},
           'inPlace':copy.deepcopy(NET_INPLACE) if inplace is None else inplace}
    return m
sc('patient-portal-edition-3','P:L242-244, P:L890-898: a patient reading their own records is the data subject, not a third party: no consent or legal form; the accepted risk is explained to them',E8,patient_access(),{
 'verdict':'COMPLIANT','fired':['G-6.11-B0-01','G-6.11-B3-04','G-6.11-B3-09'],'notFired':NOT_PROVISION+['G-6.11-B3-11','G-6.11-B1-05'],
 'controls':[{'control':'RISK_EXPLAINED_TO_PATIENTS','party':'hosp','status':'SATISFIED','rule':'G-6.11-B3-04','strength':'MUST'}]})
sc('patient-portal-risk-not-explained','P:L890-898: when patients themselves connect, explaining the accepted risk to them is necessary, not a judgement: absent, non-compliant',E8,
 patient_access(inplace=[d for d in NET_INPLACE if d['control']!='RISK_EXPLAINED_TO_PATIENTS']),{
 'verdict':'NON_COMPLIANT','controls':[{'control':'RISK_EXPLAINED_TO_PATIENTS','party':'hosp','status':'MISSING','effect':'NON_COMPLIANT'}]})
sc('patient-portal-tls-only-edition-3','P:L1133-1152: a portal protected by TLS to the browser but without encrypting the information itself: the cut-off "ただし" text decides, so review',E8,
 patient_access(objsec=SIGNED_ONLY),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','findings':[{'rule':'G-6.11-B3-09','kind':'NEEDS_HUMAN_REVIEW'}],'notFired':['G-6.11-B1-03']})
sc('patient-portal-edition-2','C:L275-286, C:L835-839: edition 2 does not name patient access from outside: not covered',E7,patient_access(),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.11-B0-01','G-6.11-B3-01'],'notFired':NOT_PROVISION})
sc('patient-access-written-as-provision','a patient portal mistakenly written with third-party provision and no consent: the patient is the data subject, so nothing is prohibited (P:L242-244)',E8,
 lambda f: dict(patient_access()(f), legalForm='THIRD_PARTY_PROVISION', consent={'basis':'NONE'}),{'verdict':'COMPLIANT','notFired':['G-6.11-B1-03']})
def results_to_patient(explained=True):
    def m(f):
        d={'id':'x','description':'The hospital sends test results to the patient over the internet, encrypted to the patient',
           'purpose':'OTHER','direction':'ONE_WAY','data':{'personal':True,'medical':True},
           'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']},{'id':'pt','name':'患者','roles':['PATIENT']}],
           'provider':'hosp','recipients':[{'party':'pt','identifiedInAdvance':True}],
           'segments':[{'id':'s1','fromPoint':'hosp external connection point','toPoint':'patient terminal','network':'OPEN_INTERNET','channel':{'protocol':'TLS','tlsVersion':'1.2'}}],
           'objectSecurity':{'encryptedBy':'hosp','decryptedBy':'pt','tamperDetection':'ELECTRONIC_SIGNATURE'},
           'endAuthentication':{'senderVerifiesRecipient':True,'recipientVerifiesSender':True,'method':'PUBLIC_KEY'},
           'inPlace':[x for x in copy.deepcopy(NET_INPLACE) if explained or x['control']!='RISK_EXPLAINED_TO_PATIENTS']}
        return d
    return m
sc('results-sent-to-the-patient','P:L242-244, P:L890-898: a patient receiving their own results is the data subject, not a third party: no legal form, consent or demarcation agreement with the patient; the risk is explained to them',BOTH,results_to_patient(),{
 'verdict':'COMPLIANT','fired':['G-6.11-B3-04','G-6.11-B3-09','G-6.11-B1-12'],'notFired':['G-6.11-B1-01','G-6.11-B1-03','G-6.11-B1-06','G-6.11-B1-13'],
 'controls':[{'control':'RISK_EXPLAINED_TO_PATIENTS','party':'hosp','status':'SATISFIED','strength':'MUST','rule':'G-6.11-B3-04'}],
 'absentControls':[{'control':'DEMARCATION_AGREEMENT'}],'missingFacts':[]})
sc('results-sent-to-the-patient-risk-not-explained','P:L890-898: sending results to the patient without explaining the accepted risk to them is non-compliant',BOTH,results_to_patient(False),{
 'verdict':'NON_COMPLIANT','controls':[{'control':'RISK_EXPLAINED_TO_PATIENTS','party':'hosp','status':'MISSING','effect':'NON_COMPLIANT'}]})
def remote_maintenance(**over):
    def m(f):
        l=dict(RL)
        for k,v in over.items():
            if v is None: l.pop(k)
            else: l[k]=v
        return {'id':'x','kind':'REMOTE_MAINTENANCE','description':'The EHR vendor logs in remotely to patch the server',
           'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']},{'id':'vendor','name':'F保守','roles':['MAINTENANCE_VENDOR']}],
           'provider':'hosp','remoteLogins':[l],
           'inPlace':[{'control':'CONFIDENTIALITY','party':'vendor','reference':'maintenance contract MT-1 §9'},
                      {'control':'SUBCONTRACTOR_FLOW_DOWN','party':'vendor','reference':'maintenance contract MT-1 §10'}]}
    return m
NOT_EXCHANGE=NOT_PROVISION+['G-6.11-B0-01','G-6.11-B0-02','G-6.11-B2-01','G-6.11-B2-08','G-6.11-B3-01','G-6.11-B3-02']
sc('remote-maintenance-managed','C:L511-522, P:L661-665: a vendor\'s remote login, restricted, per person, per work order, logged and reviewed, encrypted and supervised: not a provision, no path needed',BOTH,remote_maintenance(),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-14','G-6.11-B2-05'],'notFired':NOT_EXCHANGE,
 'controls':[{'control':'REMOTE_ACCOUNTS_PER_PERSON','party':'vendor','segment':'rl-1','status':'SATISFIED','strength':'MUST'},
  {'control':'REMOTE_LOG_REVIEWED','party':'hosp','segment':'rl-1','status':'SATISFIED','strength':'SHOULD'},
  {'control':'CONFIDENTIALITY','party':'vendor','status':'SATISFIED','strength':'SHOULD'}],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','rule':'G-6.11-B1-14','scopeContains':'logs in'},{'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B2-05'}]})
sc('remote-maintenance-shared-always-on','C:L511-522: a shared account that is always on and unlogged is not an appropriately managed remote login',BOTH,
 remote_maintenance(accounts='SHARED',enabledPerWorkOrder=False,logged=False,logReviewed=False),{
 'verdict':'NON_COMPLIANT','controls':[{'control':'REMOTE_ACCOUNTS_PER_PERSON','party':'vendor','status':'MISSING','strength':'MUST'},
  {'control':'REMOTE_LOGIN_PER_WORK_ORDER','status':'MISSING','strength':'SHOULD'},{'control':'REMOTE_LOGIN_LOGGED','status':'MISSING','strength':'SHOULD'}]})
sc('remote-maintenance-unknown-hides-nothing','C:L511-522, C:L714-718: an unrestricted source is a known failure even when channel encryption and supervision are unknown; the unknowns are named too',BOTH,
 remote_maintenance(accessPointRestricted=False,channelEncrypted=None,supervisedByInstitution=None),{
 'verdict':'NON_COMPLIANT','missingFacts':['/remoteLogins/0/channelEncrypted','/remoteLogins/0/supervisedByInstitution'],
 'controls':[{'control':'REMOTE_LOGIN_RESTRICTED','status':'MISSING'},{'control':'MAINTENANCE_SUPERVISION','party':'hosp','status':'UNKNOWN'},
  {'control':'MAINTENANCE_EAVESDROP_PREVENTION','status':'UNKNOWN'}],
 'responsibilities':[{'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B2-05'}]})
sc('remote-maintenance-account-kind-unknown','C:L511-522: whether accounts are per person is not given: insufficient information naming it',BOTH,remote_maintenance(accounts=None),{
 'verdict':'INSUFFICIENT_INFORMATION','missingFacts':['/remoteLogins/0/accounts'],'controls':[{'control':'REMOTE_ACCOUNTS_PER_PERSON','status':'UNKNOWN','effect':'INSUFFICIENT_INFORMATION'}]})
sc('remote-maintenance-no-contract-clauses','C:L511-522, C:L714-718: confidentiality and subcontractor flow-down are recalled later-edition recommendations (6.8 C.10): listed, verdict unchanged',BOTH,
 lambda f: dict(remote_maintenance()(f), inPlace=[]),{'verdict':'COMPLIANT',
 'controls':[{'control':'CONFIDENTIALITY','party':'vendor','status':'MISSING','strength':'SHOULD'},{'control':'SUBCONTRACTOR_FLOW_DOWN','status':'MISSING','strength':'SHOULD'}]})
def two_logins(f):
    f['remoteLogins'].append(dict(RL, id='rl-2'))
sc('remote-maintenance-two-logins','two logins by the same vendor give one finding each, never the same finding twice (C:L511-522)',BOTH,
 lambda f: (lambda d: (two_logins(d), d)[1])(remote_maintenance()(f)),{
 'findings':[{'rule':'G-6.11-B1-14','segment':'rl-1','subject':'REMOTE_LOGIN','party':'vendor'},{'rule':'G-6.11-B1-14','segment':'rl-2','subject':'REMOTE_LOGIN','party':'vendor'}]})
def break_glass(**over):
    def m(f):
        e=dict(EMERG); e.update(over)
        e={k:v for k,v in e.items() if v is not None}
        return {'id':'x','kind':'BREAK_GLASS','description':'After an earthquake, ward staff open records with the emergency account',
           'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']}],'provider':'hosp','emergency':e}
    return m
sc('break-glass-managed','P:L174-185, C:L210-221: break-glass access on site after a disaster needs no path; the life-or-body reading applies and the elided C part means review',BOTH,break_glass(),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.10-B-01','G-6.10-B-03','G-6.10-C-03','G-6.10-ELIDED'],'notFired':NOT_EXCHANGE,
 'missingFacts':[],'controls':[{'control':'EMERGENCY_ACCESS_PROCEDURE','party':'hosp','status':'SATISFIED','strength':'SHOULD'},
  {'control':'EMERGENCY_ACCOUNT_DISABLED_AFTER','status':'SATISFIED'}],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','rule':'G-6.10-C-03'}],
 'findings':[{'rule':'G-6.10-C-03','basis':'RECALLED_UNVERIFIED'}]})
sc('break-glass-unmanaged','P:L185 C:L221 (the C part is elided): no procedure, no log, no review, account left on are recalled later-edition requirements (6.0 §11.2), listed as missing recommendations; the elided text needs review',BOTH,
 break_glass(procedureExists=False,accessLogged=False,logReviewed=False,accountDisabledAfter=False),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','controls':[{'control':'EMERGENCY_ACCESS_PROCEDURE','status':'MISSING','strength':'SHOULD'},
  {'control':'EMERGENCY_LOG_REVIEWED','status':'MISSING'},{'control':'EMERGENCY_ACCOUNT_DISABLED_AFTER','status':'MISSING'}]})
sc('break-glass-outside-an-emergency','P:L174-182: break-glass used with no emergency declared falls outside the only justification the seed gives: review',BOTH,
 break_glass(declared=False),{'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.10-B-03'],
 'findings':[{'rule':'G-6.10-B-03','kind':'NEEDS_HUMAN_REVIEW','basis':'INTERPRETATION'}]})
sc('break-glass-facts-missing','P:L174-182 C:L210-218: whether an emergency is in effect decides whether break-glass access is justified; not given for a break-glass access: insufficient information',BOTH,
 break_glass(declared=None),{'verdict':'INSUFFICIENT_INFORMATION','missingFacts':['/emergency/declared']})
def own_key_storage(enc='hosp', dec='hosp', inplace_extra=()):
    def m(f):
        ip=[{'control':'CONSIGNMENT_CONTRACT','party':'store','reference':'storage contract ST-1'},
            {'control':'CONSIGNEE_SUPERVISION','party':'hosp','reference':'audit plan'},
            {'control':'PATIENT_CONTACT_POINT','party':'hosp'},{'control':'SEGMENT_RESPONSIBILITY_AGREED'},
            {'control':'DEMARCATION_AGREEMENT','reference':'ST-1 §3'},{'control':'OUTAGE_AND_INCIDENT_HANDLING','reference':'ST-1 §5'},
            {'control':'DELEGATED_MANAGEMENT_SCOPE'},{'control':'FAILURE_RESPONSE_LEAD'},{'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS'},
            {'control':'AVAILABILITY_TERMS'},{'control':'NETWORK_SECURITY_RESPONSIBILITY_AGREED'}]+copy.deepcopy(NET_INPLACE)+list(inplace_extra)
        return {'id':'x','kind':'EXTERNAL_STORAGE','description':'Backups stored with a cloud service, encrypted with the hospital\'s own keys',
           'purpose':'EXTERNAL_STORAGE','legalForm':'CONSIGNMENT','data':{'personal':True,'medical':True},
           'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']},{'id':'isp','name':'C通信','roles':['CARRIER']},
                      {'id':'store','name':'Hクラウド保管','roles':['RECIPIENT','ONLINE_SERVICE']}],
           'provider':'hosp','recipients':[{'party':'store','identifiedInAdvance':True}],
           'segments':[{'id':'s1','fromPoint':'hosp external connection point','toPoint':'store entry','network':'OPEN_INTERNET','operator':'isp','channel':{'protocol':'TLS','tlsVersion':'1.2'}}],
           'objectSecurity':clean({'encryptedBy':enc,'decryptedBy':dec,'tamperDetection':'ELECTRONIC_SIGNATURE'}),
           'endAuthentication':{'senderVerifiesRecipient':True,'recipientVerifiesSender':True,'method':'PUBLIC_KEY'},
           'inPlace':ip}
    return m
sc('own-key-storage-edition-3','C:L471-481: encrypted and decrypted by the hospital itself, the storage service never sees plaintext: it is free of eavesdropping duty, no entrustment needed',E8,own_key_storage(),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-02','G-6.11-B1-09','G-6.11-B1-10'],'notFired':['G-6.11-B1-11','G-6.11-B2-03'],
 'responsibilities':[{'party':'store','type':'EXEMPT','threat':'EAVESDROPPING','rule':'G-6.11-B1-10'},{'party':'isp','type':'EXEMPT','segment':'s1','threat':'EAVESDROPPING','rule':'G-6.11-B1-09'},
  {'party':'store','type':'CONTRACT_COMPLIANCE_AND_REPORTING','rule':'G-6.11-B1-02'}],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'SATISFIED'},{'control':'AVAILABILITY_TERMS','party':'store','status':'SATISFIED','rule':'G-6.11-B1-10'}],
 'absentControls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT'}]})
sc('own-key-storage-edition-2','C:L312-318: edition 2 sends external storage to chapter 8 (not in the seed): review, otherwise the same answer',E7,own_key_storage(),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B0-03','G-6.11-B1-10'],'notFired':['G-6.11-B1-11']})
sc('storage-service-decrypts','C:L482-498: a storage service that decrypts the data handles plaintext although it operates no segment: entrustment contract and supervision are required',BOTH,own_key_storage(dec='store'),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-11'],
 'controls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'store','status':'MISSING','rule':'G-6.11-B1-11'},
  {'control':'ENTRUSTEE_SUPERVISION','party':'hosp','status':'MISSING'}],
 'absentResponsibilities':[{'party':'store','type':'EXEMPT'}]})
sc('storage-service-decrypts-with-entrustment','C:L482-498: the same service with the entrustment contract, the split of management responsibility and supervision in place',BOTH,
 own_key_storage(dec='store',inplace_extra=[{'control':'MANAGEMENT_SPLIT_AGREED','party':'store'},{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'store'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp'}]),{
 'fired':['G-6.11-B1-11'],'controls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'store','status':'SATISFIED'}]})
sc('storage-unencrypted','C:L482-498, C:L1187-1201: backups sent to the service unencrypted: plaintext at the carrier and the service, and the open network needs object encryption',BOTH,own_key_storage(enc=None,dec=None),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-11','G-6.11-B3-09'],
 'controls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'isp','segment':'s1','status':'MISSING'},{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'store','status':'MISSING'}]})
def phr_third_party(f):
    d=own_key_storage(enc='hosp', dec='phr')(f)
    d['kind']='EXCHANGE'; d['purpose']='OTHER'; d['legalForm']='THIRD_PARTY_PROVISION'; d['consent']={'basis':'EXPLICIT'}
    d['description']='With the patient\'s explicit consent, the hospital provides records to a personal-health-record service for its own use'
    d['parties'][2]={'id':'phr','name':'I PHRサービス','roles':['RECIPIENT','ONLINE_SERVICE']}
    d['recipients']=[{'party':'phr','identifiedInAdvance':True}]
    d['direction']='ONE_WAY'
    d['inPlace']=[x for x in d['inPlace'] if x['control'] not in ('CONSIGNMENT_CONTRACT','CONSIGNEE_SUPERVISION')]
    for x in d['inPlace']:
        if x.get('party')=='store': x['party']='phr'
    d['inPlace'].append({'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'phr','reference':'PHR terms §2'})
    return d
sc('third-party-service-recipient','C:L423-430, C:L482-498: a service that receives the information by third-party provision uses it for its own purposes: it takes on the recipient\'s duties, and is not an entrusted operator (no entrustment contract, no service terms)',BOTH,phr_third_party,{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],'notFired':['G-6.11-B1-11','G-6.11-B1-02'],
 'responsibilities':[{'party':'phr','type':'PERSONAL_INFORMATION_PROTECTION','rule':'G-6.11-B1-04'},{'party':'phr','type':'MANAGEMENT','rule':'G-6.11-B1-04'}],
 'absentControls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT'},{'party':'phr','control':'AVAILABILITY_TERMS'}],
 'absentResponsibilities':[{'party':'phr','type':'EXEMPT'}]})
# evidence states
def declare(control, **kw):
    def m(f):
        f['inPlace']=[d for d in f['inPlace'] if d['control']!=control]+[dict({'control':control}, **kw)]
    return m
sc('agreement-planned','a demarcation agreement planned with an owner: compliant on condition it is concluded before use (C:L445-448)',BOTH,
 chain(declare('DEMARCATION_AGREEMENT',party='clinic',status='PLANNED',owner='legal affairs',due='2008-04-01')),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','controls':[{'control':'DEMARCATION_AGREEMENT','party':'clinic','status':'PLANNED','effect':'CONDITION'}]})
sc('agreement-declared-absent','a demarcation agreement declared absent: non-compliant (C:L445-448)',BOTH,
 declare('DEMARCATION_AGREEMENT',status='ABSENT'),{
 'verdict':'NON_COMPLIANT','controls':[{'control':'DEMARCATION_AGREEMENT','party':'clinic','status':'MISSING','effect':'NON_COMPLIANT'}]})
sc('agreement-unknown','whether availability is in the contract is declared unknown: insufficient information naming the declaration (C:L466-470)',BOTH,
 declare('AVAILABILITY_TERMS',status='UNKNOWN'),{
 'verdict':'INSUFFICIENT_INFORMATION','missingFacts':['/inPlace/13'],
 'controls':[{'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s1','status':'UNKNOWN','effect':'INSUFFICIENT_INFORMATION'}]})
sc('planned-but-prohibited','no consent: prohibited; a planned agreement is not presented as a condition and no agreement is demanded with the recipient (C:L416-422)',BOTH,
 chain(setp(['consent'],{'basis':'NONE'}), declare('PATIENT_CONTACT_POINT',status='PLANNED',owner='privacy desk')),{
 'verdict':'PROHIBITED','findings':[{'rule':'G-6.11-B1-03','kind':'PROHIBITION','party':'hosp'}],
 'controls':[{'control':'PATIENT_CONTACT_POINT','status':'PLANNED','effect':'MOOT_PROHIBITED'}],
 'absentControls':[{'control':'DEMARCATION_AGREEMENT'},{'control':'RECIPIENT_PURPOSE_SPECIFIED'}]})
# object security facts
sc('key-sent-with-the-data','P:L350-358, C:L608-614: a key sent over the same channel as the data lets an eavesdropper read it (Demarc\'s reading)',BOTH,
 setp(['objectSecurity','keyDelivery'],'SAME_CHANNEL'),{
 'verdict':'NON_COMPLIANT','controls':[{'control':'KEY_DELIVERED_SEPARATELY','party':'hosp','status':'MISSING','rule':'G-6.11-B2-03'}],
 'findings':[{'rule':'G-6.11-B2-03','basis':'INTERPRETATION'}]})
sc('key-by-pki','P:L350-358 C:L608-614: the data is encrypted to the recipient\'s public key, so the key never travels with it and an eavesdropper cannot read the data',BOTH,setp(['objectSecurity','keyDelivery'],'PKI'),{
 'verdict':'COMPLIANT','controls':[{'control':'KEY_DELIVERED_SEPARATELY','status':'SATISFIED'}]})
sc('cipher-not-on-cryptrec-list','P:L652-660: the seed leaves the cipher to the institution; one off the CRYPTREC list is a recommendation, not a failure',BOTH,
 setp(['objectSecurity','cipher'],{'name':'RC4','cryptrecListed':False}),{
 'verdict':'COMPLIANT','controls':[{'control':'RECOMMENDED_CIPHER','status':'MISSING','strength':'SHOULD'}],'findings':[{'rule':'G-6.11-B2-04','messageContains':'RC4'}]})
def tunnel_clinic(f):
    f['objectSecurity']={'tamperDetection':'ELECTRONIC_SIGNATURE'}
    f['segments'][0]['channel']={'protocol':'IPSEC_IKE','tunnelFrom':'hosp','tunnelTo':'clinic','terminatesOn':'GATEWAY'}
    f['inPlace'].extend([{'control':'MANAGEMENT_SPLIT_AGREED'},{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp'}])
sc('carrier-inside-the-ends-tunnel','C:L462-466: a tunnel the hospital and the clinic terminate themselves keeps the carrier from the plaintext (Demarc\'s reading), but the closed network still needs the information itself encrypted (C:L1178-1184)',BOTH,tunnel_clinic,{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-09','G-6.11-B3-08'],
 'findings':[{'rule':'G-6.11-B1-09','segment':'s1','basis':'INTERPRETATION'}],
 'responsibilities':[{'party':'carrier','type':'EXEMPT','segment':'s1','threat':'EAVESDROPPING'}],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-08'}]})
def internet_tunnel(f):
    single_segment('OPEN_INTERNET','osp',{'protocol':'IPSEC_IKE','tunnelFrom':'hosp','tunnelTo':'clinic','terminatesOn':'GATEWAY'})(f)
    f['objectSecurity']={'tamperDetection':'ELECTRONIC_SIGNATURE'}
    f['inPlace'].extend([{'control':'MANAGEMENT_SPLIT_AGREED'},{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp'}])
sc('service-inside-the-ends-tunnel-over-internet','C:L471-477, C:L1187-1203: an online service carries the data only inside the institutions\' own IPsec tunnel: it is read as free of eavesdropping duty, and whether the tunnel can stand in for encrypting the information on the internet is what the cut-off text would say: review',BOTH,internet_tunnel,{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-10','G-6.11-B3-09'],'notFired':['G-6.11-B1-11'],
 'findings':[{'rule':'G-6.11-B1-10','segment':'s1','basis':'INTERPRETATION'},{'rule':'G-6.11-B3-09','kind':'NEEDS_HUMAN_REVIEW','segment':'s1'}],
 'responsibilities':[{'party':'osp','type':'EXEMPT','segment':'s1','threat':'EAVESDROPPING','rule':'G-6.11-B1-10'}],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09','effect':'CONDITION'}]})
sc('plaintext-path-still-needs-terms','C:L466-470, C:L477-481: tampering, intrusion, interference and availability terms are required of carriers and services on a plaintext path too',BOTH,
 chain(osp_encrypts, lambda f: drop_inplace(f,'TAMPER_INTRUSION_INTERFERENCE_TERMS'), lambda f: f['inPlace'].extend([{'control':'MANAGEMENT_SPLIT_AGREED'},{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp'}])),{
 'verdict':'NON_COMPLIANT','controls':[{'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'carrier','segment':'s1','status':'MISSING','rule':'G-6.11-B1-09'},
  {'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'osp','segment':'s2','status':'MISSING','rule':'G-6.11-B1-10'}]})
sc('joint-use-needs-review','C:L409-411: the seed knows consignment and third-party provision only; joint use is flagged for review, not judged as either',BOTH,
 chain(setp(['legalForm'],'JOINT_USE'), setp(['consent'],None)),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-01'],'notFired':['G-6.11-B1-02','G-6.11-B1-03','G-6.11-B1-04'],
 'findings':[{'rule':'G-6.11-B1-01','kind':'NEEDS_HUMAN_REVIEW','basis':'INTERPRETATION'}]})
sc('provider-keeps-its-own-copy','C:L423-430: after a proper third-party provision the provider is free of responsibility for what it provided, not for its own copy',BOTH,None,{
 'responsibilities':[{'party':'hosp','type':'EXEMPT','rule':'G-6.11-B1-04','scopeContains':'own copy'}]})
sc('take-out-known-failure-beside-unknown','P:L87-89: no risk analysis is a known failure of C-1 even though whether the policy is in the rules is unknown',E8,
 take_out([ITEM], policy=dict(POLICY, riskAnalysis=False, policyInOperationRules=None)),{
 'verdict':'NON_COMPLIANT','missingFacts':['/takeOut/policy/policyInOperationRules'],
 'controls':[{'control':'TAKE_OUT_RISK_ANALYSIS_AND_POLICY','party':'hosp','status':'MISSING'}]})
sc('take-out-assigns-responsibility','P:L58-61, P:L99-101: the institution and its information manager are responsible for knowing where taken-out information is',E8,take_out([ITEM]),{
 'verdict':'COMPLIANT','responsibilities':[{'party':'hosp','type':'MANAGEMENT','segment':'usb-1','rule':'G-6.9-C-05'},{'party':'hosp','type':'MANAGEMENT','rule':'G-6.9-C-01'}]})
THIN=item(LAPTOP, id='tc-1', kind='THIN_CLIENT', containsInformation=False, inLedger=None, dataProtected=None)
sc('take-out-thin-client-holds-nothing','P:L17-20, P:L99-111: a thin client that stores no information needs no ledger entry or encryption of stored data, but still a boot password and protection when connected',E8,
 take_out([THIN]),{'verdict':'COMPLIANT','fired':['G-6.9-C-06','G-6.9-C-08','G-6.9-D-03'],'notFired':['G-6.9-C-05','G-6.9-C-07'],'missingFacts':[]})
sc('take-out-policy-before-any-device','P:L84-98: the organisational take-out rules apply before anything is taken out; device rules wait for a device',E8,
 take_out([]),{'verdict':'COMPLIANT','fired':['G-6.9-C-01','G-6.9-C-02','G-6.9-C-03','G-6.9-C-04'],'notFired':['G-6.9-C-05','G-6.9-D-03','G-6.9-C-06']})
sc('take-out-contents-unknown','P:L99-101: whether a USB stick holds information is not given: needed, and its ledger entry is checked meanwhile',E8,
 take_out([item(ITEM, containsInformation=None)]),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.9-C-05'],'missingFacts':['/takeOut/items/0/containsInformation'],
 'controls':[{'control':'DEVICE_LEDGER','segment':'usb-1','status':'SATISFIED'}]})
sc('laptop-boot-password-off-beside-unknown','P:L102-106: no boot password is a known failure whatever the password policy',E8,
 take_out([item(LAPTOP, bootPassword=False, passwordManaged=None)]),{
 'verdict':'NON_COMPLIANT','missingFacts':['/takeOut/items/0/passwordManaged'],'controls':[{'control':'BOOT_PASSWORD','status':'MISSING'}]})
# typical scenario: none of the new rules fire
for name,doc in SC:
    if name=='typical-three-segment-compliant':
        doc['expect']['notFired']+=G69+G610+['G-6.9-00']

COUT=str(ROOT/'rules-engine/src/test/resources/comparisons')
os.makedirs(COUT, exist_ok=True)
for f in os.listdir(COUT): os.remove(os.path.join(COUT,f))
CMP=[]
def cmp(name, desc, mutate, expect):
    f=copy.deepcopy(BASE)
    if mutate:
        r=mutate(f)
        if r is not None: f=r
    f['id']=name
    CMP.append((name,{'description':desc,'from':'E2007_V2','to':'E2008_V3','given':f,'expect':expect}))
cmp('take-out-usb-stick','taking an unencrypted USB stick home: not covered by edition 2, non-compliant under the draft\'s new 6.9',take_out([USB_BAD]),{
 'fromVerdict':'NOT_COVERED_BY_EDITION','toVerdict':'NON_COMPLIANT','added':['G-6.9-C-05','G-6.9-C-07'],'removed':['G-6.9-00']})
cmp('staff-access-from-outside','staff connecting from outside: edition 2 does not list the case nor count its connection point as network (not covered); the draft does and points to its mobile section',outside('OUTSIDE_ACCESS_STAFF'),{
 'fromVerdict':'NOT_COVERED_BY_EDITION','toVerdict':'COMPLIANT_WITH_CONDITIONS','added':['G-6.11-B3-11','G-6.11-B3-09'],'removed':['G-6.11-B3-01'],'changed':['G-6.11-B0-01']})
cmp('patient-access','patients accessing from outside: not covered by edition 2, in scope and compliant under the draft',outside('OUTSIDE_ACCESS_PATIENT'),{
 'fromVerdict':'NOT_COVERED_BY_EDITION','toVerdict':'COMPLIANT','added':['G-6.11-B3-09'],'removed':['G-6.11-B3-01'],'changed':['G-6.11-B0-01'],
 'responsibilitiesAdded':[{'party':'hosp','type':'MANAGEMENT','segment':'s1','threat':'SPOOFING'}]})
cmp('one-way-transmission','one-way transmission: in scope of both (regional care exchange, C:L275-286); the draft names it explicitly (P:L229-231)',setp(['direction'],'ONE_WAY'),{
 'fromVerdict':'COMPLIANT','toVerdict':'COMPLIANT','added':['G-6.11-B0-01']})
cmp('spoofing-threat','the draft adds spoofing to the threats: the sender becomes responsible against it on every segment',None,{
 'fromVerdict':'COMPLIANT','toVerdict':'COMPLIANT','changed':['G-6.11-B0-02','G-6.11-B2-10'],
 'responsibilitiesAdded':[{'party':'hosp','type':'MANAGEMENT','segment':'s1','threat':'SPOOFING'},{'party':'clinic','type':'MANAGEMENT','segment':'s3','threat':'SPOOFING'}]})
cmp('external-storage','the draft deletes the pointer from 6.11 to chapter 8 for external storage',storage,{
 'fromVerdict':'COMPLIANT_WITH_CONDITIONS','toVerdict':'COMPLIANT','removed':['G-6.11-B0-03']})
for name,doc in CMP:
    with open(os.path.join(COUT,name+'.yaml'),'w') as fh:
        fh.write('# '+doc['description']+'\n')
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120)
print('comparisons', len(CMP))

for name,doc in SC:
    with open(os.path.join(OUT,name+'.yaml'),'w') as fh:
        fh.write('# '+doc['description']+'\n')
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120)
print(len(SC), sum(len(d['editions']) for _,d in SC))

# ---------------------------------------------------------------- contracts (issue 5)
KOUT=str(ROOT/'rules-engine/src/test/resources/contracts')
os.makedirs(KOUT, exist_ok=True)
for f in os.listdir(KOUT): os.remove(os.path.join(KOUT,f))
CONTRACTUAL=['SEGMENT_RESPONSIBILITY_AGREED','DEMARCATION_AGREEMENT','OUTAGE_AND_INCIDENT_HANDLING','DELEGATED_MANAGEMENT_SCOPE',
  'FAILURE_RESPONSE_LEAD','TAMPER_INTRUSION_INTERFERENCE_TERMS','AVAILABILITY_TERMS','NETWORK_SECURITY_RESPONSIBILITY_AGREED']
def flow_for_contracts(f):
    drop_inplace(f,*CONTRACTUAL)
def cl(cid, t, binds=None, **kw):
    d={'id':cid,'type':t}
    if binds: d['binds']=binds
    d.update(kw); return d
SVC6=['DELEGATED_MANAGEMENT_SCOPE','SEGMENT_RESPONSIBILITY_AGREED','NETWORK_SECURITY_RESPONSIBILITY_AGREED','FAILURE_RESPONSE_LEAD','TAMPER_INTRUSION_INTERFERENCE_TERMS','AVAILABILITY_TERMS']
def svc(cid, kind, party, drop=(), **over):
    clauses=[]
    for i,t in enumerate(SVC6):
        if t in drop: continue
        c=cl(f'§{i+1}', t, party)
        if t=='AVAILABILITY_TERMS': c['serviceLevel']='99.9% monthly availability'
        if t in over: c.update(over[t])
        clauses.append(c)
    return {'id':cid,'kind':kind,'institution':'hosp','counterparty':party,'clauses':clauses}
def demarc(drop=()):
    return {'id':'EX-1','kind':'DEMARCATION_AGREEMENT','institution':'hosp','counterparty':'clinic',
            'clauses':[c for c in [cl('§3','DEMARCATION_AGREEMENT'),cl('§5','OUTAGE_AND_INCIDENT_HANDLING')] if c['type'] not in drop]}
def full(): return [demarc(), svc('NET-1','NETWORK_SERVICE','carrier'), svc('SVC-1','ONLINE_SERVICE','osp')]
KS=[]
def ksc(name, desc, editions, flow_mut, contracts, expect, contract=None):
    doc={'description':desc,'editions':editions}
    if contract is None:
        f=copy.deepcopy(BASE); flow_for_contracts(f)
        if flow_mut:
            r=flow_mut(f)
            if r is not None: f=r
        f['id']=name
        doc['given']=f; doc['contracts']=contracts
    else:
        doc['contract']=contract
    doc['expect']=expect
    KS.append((name,doc))
ksc('flow-all-obligations-covered','every obligation of an encrypted three-segment flow is settled by a clause',BOTH,None,full(),{
 'verdict':'COVERED','flowVerdict':'COMPLIANT',
 'items':[{'checklistItem':'CC-01','control':'DEMARCATION_AGREEMENT','party':'clinic','status':'COVERED','contract':'EX-1'},
  {'checklistItem':'CC-06','control':'AVAILABILITY_TERMS','party':'carrier','segment':'s3','status':'COVERED','contract':'NET-1'},
  {'checklistItem':'CC-05','control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'osp','segment':'s2','status':'COVERED','contract':'SVC-1'}],
 'absentItems':[{'status':'MISSING'},{'status':'CONTRACT_MISSING'}]})
ksc('flow-carrier-lacks-availability-and-tampering-terms','encrypted end to end, but the carrier contract says nothing on availability or on tampering, intrusion and interference',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',drop=('AVAILABILITY_TERMS','TAMPER_INTRUSION_INTERFERENCE_TERMS')), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','flowVerdict':'NON_COMPLIANT',
 'items':[{'checklistItem':'CC-06','control':'AVAILABILITY_TERMS','party':'carrier','segment':'s1','status':'MISSING','strength':'MUST'},
  {'checklistItem':'CC-05','control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'carrier','segment':'s3','status':'MISSING'},
  {'control':'AVAILABILITY_TERMS','party':'osp','status':'COVERED'}]})
ksc('flow-carrier-tampering-only','the carrier clause covers tampering but not intrusion or interference: partial',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',TAMPER_INTRUSION_INTERFERENCE_TERMS={'threats':['TAMPERING']}), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','items':[{'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'carrier','status':'PARTIAL','messageContains':'INTRUSION, INTERFERENCE'}]})
ksc('flow-carrier-availability-one-segment','the carrier\'s availability clause covers segment s1 only, not s3',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',AVAILABILITY_TERMS={'segments':['s1']}), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','items':[{'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s1','status':'COVERED'},
  {'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s3','status':'PARTIAL','messageContains':'segment s3'}]})
ksc('flow-availability-binds-the-hospital','the availability clause in the carrier contract binds the hospital instead of the carrier',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',AVAILABILITY_TERMS={'binds':'hosp'}), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','items':[{'control':'AVAILABILITY_TERMS','party':'carrier','status':'WRONG_PARTY','messageContains':'binds `hosp`'}]})
ksc('flow-no-contract-with-service','no contract with the online service at all',BOTH,None,[demarc(), svc('NET-1','NETWORK_SERVICE','carrier')],{
 'verdict':'GAPS','items':[{'party':'osp','status':'CONTRACT_MISSING'},{'control':'FAILURE_RESPONSE_LEAD','party':'osp','status':'MISSING'}]})
ksc('flow-plaintext-service-without-entrustment','the service sees plaintext and there is no personal-information entrustment contract',BOTH,osp_encrypts,full(),{
 'verdict':'GAPS','flowVerdict':'NON_COMPLIANT',
 'items':[{'checklistItem':'CC-07','control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','segment':'s2','status':'MISSING'},
  {'checklistItem':'CC-07','control':'MANAGEMENT_SPLIT_AGREED','party':'osp','status':'MISSING'}],
 'absentItems':[{'control':'ENTRUSTEE_SUPERVISION'}]})
def entrust(party, cid, drop=()):
    return {'id':cid,'kind':'PERSONAL_INFORMATION_ENTRUSTMENT','institution':'hosp','counterparty':party,
            'clauses':[c for c in [cl('§1','MANAGEMENT_SPLIT_AGREED',party),cl('§2','PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT',party)] if c['type'] not in drop]}
ksc('flow-plaintext-service-with-entrustment','entrustment contracts with the service and the carrier settle CC-07',BOTH,osp_encrypts,full()+[entrust('osp','ENT-1'),entrust('carrier','ENT-2')],{
 'verdict':'COVERED','items':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','status':'COVERED','contract':'ENT-1'},
  {'control':'MANAGEMENT_SPLIT_AGREED','party':'carrier','status':'COVERED','contract':'ENT-2'}]})
ksc('flow-agreement-without-outage-handling','the provider–recipient agreement sets the demarcation but not outage and incident handling',BOTH,None,
 [demarc(drop=('OUTAGE_AND_INCIDENT_HANDLING',)), svc('NET-1','NETWORK_SERVICE','carrier'), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','flowVerdict':'NON_COMPLIANT',
 'items':[{'checklistItem':'CC-02','control':'OUTAGE_AND_INCIDENT_HANDLING','party':'clinic','status':'MISSING'},
  {'checklistItem':'CC-01','control':'DEMARCATION_AGREEMENT','party':'clinic','status':'COVERED'}]})
def consign_flow(f):
    consign(f); drop_inplace(f,'CONSIGNMENT_CONTRACT')
CN={'id':'CN-3','kind':'CONSIGNMENT','institution':'hosp','counterparty':'clinic','clauses':[cl('§2','CONSIGNMENT_CONTRACT','clinic',text='the consignee follows the contract and reports monthly')]}
ksc('flow-consignment-without-contract','a consignment with no consignment contract',BOTH,consign_flow,full(),{
 'verdict':'GAPS','flowVerdict':'NON_COMPLIANT','items':[{'checklistItem':'CC-16','control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'MISSING'}]})
ksc('flow-consignment-with-contract','a consignment contract binds the consignee to comply and report',BOTH,consign_flow,full()+[CN],{
 'verdict':'COVERED','flowVerdict':'COMPLIANT','items':[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'COVERED','contract':'CN-3'}]})
def maint(drop=()):
    cs=[cl('§1','REMOTE_LOGIN_RESTRICTED','vendor'),cl('§2','REMOTE_ACCESS_RIGHTS_MANAGED','vendor'),cl('§3','MAINTENANCE_EAVESDROP_PREVENTION','vendor'),cl('§4','REMOTE_LOGIN_LOGGED','vendor'),
        cl('§5','REMOTE_LOGIN_PROTOCOL_RESTRICTED','vendor'),cl('§6','REMOTE_ACCOUNTS_PER_PERSON','vendor'),cl('§7','REMOTE_LOGIN_PER_WORK_ORDER','vendor'),
        cl('§8','CONFIDENTIALITY','vendor'),cl('§9','SUBCONTRACTOR_FLOW_DOWN','vendor')]
    return {'id':'MT-1','kind':'MAINTENANCE','institution':'hosp','counterparty':'vendor','clauses':[c for c in cs if c['type'] not in drop]}
ksc('flow-maintenance-without-access-restrictions','the remote maintenance contract does not restrict access',BOTH,with_login(),full()+[maint(drop=('REMOTE_LOGIN_RESTRICTED','REMOTE_ACCESS_RIGHTS_MANAGED','REMOTE_LOGIN_LOGGED'))],{
 'verdict':'GAPS','items':[{'checklistItem':'CC-09','control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'MISSING','strength':'MUST'},
  {'control':'REMOTE_ACCESS_RIGHTS_MANAGED','party':'vendor','status':'MISSING'},{'control':'REMOTE_LOGIN_LOGGED','status':'MISSING','strength':'SHOULD'},
  {'control':'MAINTENANCE_EAVESDROP_PREVENTION','party':'vendor','status':'COVERED'}],'absentItems':[{'control':'MAINTENANCE_SUPERVISION'}]})
ksc('flow-maintenance-covered','the remote maintenance contract settles every CC-09 item',BOTH,with_login(),full()+[maint()],{
 'verdict':'COVERED','items':[{'control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'COVERED','contract':'MT-1'}]})
ALLCC=['CC-01','CC-02','CC-03','CC-03b','CC-04','CC-05','CC-06','CC-07','CC-09','CC-16']
def review(name, desc, contract, expect):
    ksc(name, desc, BOTH, None, None, expect, contract=contract)
def notf(*fired): return [x for x in ALLCC if x not in fired]
NETW=['CC-03','CC-03b','CC-04','CC-05','CC-06']
review('review-network-contract-complete','a network service contract reviewed on its own: every checklist item settled',svc('NET-1','NETWORK_SERVICE','carrier'),{
 'verdict':'COVERED','fired':NETW,'notFired':notf(*NETW),'items':[{'checklistItem':cc,'party':'carrier','status':'COVERED'} for cc in NETW]})
review('review-network-contract-gaps','a network service contract without availability or a delegated management scope',svc('NET-1','NETWORK_SERVICE','carrier',drop=('AVAILABILITY_TERMS','DELEGATED_MANAGEMENT_SCOPE')),{
 'verdict':'GAPS','fired':NETW,'items':[{'checklistItem':'CC-06','control':'AVAILABILITY_TERMS','status':'MISSING'},{'checklistItem':'CC-03','control':'DELEGATED_MANAGEMENT_SCOPE','status':'MISSING'}]})
review('review-online-service-minimal','an online service contract with only tampering and availability terms',svc('SVC-1','ONLINE_SERVICE','osp',drop=('DELEGATED_MANAGEMENT_SCOPE','SEGMENT_RESPONSIBILITY_AGREED','NETWORK_SECURITY_RESPONSIBILITY_AGREED','FAILURE_RESPONSE_LEAD')),{
 'verdict':'GAPS','fired':NETW,'items':[{'checklistItem':'CC-03b','status':'MISSING'},{'checklistItem':'CC-04','control':'FAILURE_RESPONSE_LEAD','status':'MISSING'},{'checklistItem':'CC-05','status':'COVERED'}]})
review('review-online-service-partial-threats','an online service contract whose tampering clause leaves out interference',svc('SVC-1','ONLINE_SERVICE','osp',TAMPER_INTRUSION_INTERFERENCE_TERMS={'threats':['TAMPERING','INTRUSION']}),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-05','status':'PARTIAL','messageContains':'INTERFERENCE'}]})
review('review-network-clauses-bound-to-the-institution',"C:L448-455, C:L466-470: a network contract whose failure-response clause names the institution as leading the response, and whose tampering clause binds the institution instead of the carrier: who leads is made clear whichever party it names (an allocation), but the carrier's management responsibility against tampering, intrusion and interference is not set out",svc('NET-1','NETWORK_SERVICE','carrier',NETWORK_SECURITY_RESPONSIBILITY_AGREED={'binds':'hosp'},FAILURE_RESPONSE_LEAD={'binds':'hosp'},TAMPER_INTRUSION_INTERFERENCE_TERMS={'binds':'hosp'}),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-04','status':'COVERED'},{'checklistItem':'CC-03b','status':'COVERED'},{'checklistItem':'CC-05','status':'WRONG_PARTY'}]})
review('review-demarcation-agreement-complete','a provider–recipient agreement with demarcation points and outage handling',demarc(),{
 'verdict':'COVERED','fired':['CC-01','CC-02'],'notFired':notf('CC-01','CC-02'),
 'items':[{'checklistItem':'CC-01','status':'COVERED'},{'checklistItem':'CC-02','status':'COVERED'}]})
review('review-demarcation-agreement-without-outage','a provider–recipient agreement without outage and incident handling',demarc(drop=('OUTAGE_AND_INCIDENT_HANDLING',)),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-02','status':'MISSING'},{'checklistItem':'CC-01','status':'COVERED'}]})
review('review-demarcation-agreement-empty','an agreement with no relevant clauses',demarc(drop=('OUTAGE_AND_INCIDENT_HANDLING','DEMARCATION_AGREEMENT')),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-01','status':'MISSING'},{'checklistItem':'CC-02','status':'MISSING'}]})
review('review-entrustment-complete','a personal-information entrustment contract',entrust('osp','ENT-1'),{
 'verdict':'COVERED','fired':['CC-07'],'notFired':notf('CC-07'),'items':[{'checklistItem':'CC-07','party':'osp','status':'COVERED'}]})
review('review-entrustment-without-split','an entrustment contract that does not say how management responsibility is split',entrust('osp','ENT-1',drop=('MANAGEMENT_SPLIT_AGREED',)),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-07','control':'MANAGEMENT_SPLIT_AGREED','status':'MISSING'}]})
review('review-maintenance-without-access-restrictions','a maintenance contract with no access restrictions',maint(drop=('REMOTE_LOGIN_RESTRICTED','REMOTE_ACCESS_RIGHTS_MANAGED')),{
 'verdict':'GAPS','fired':['CC-09'],'notFired':notf('CC-09'),'items':[{'checklistItem':'CC-09','control':'REMOTE_LOGIN_RESTRICTED','status':'MISSING'}]})
review('review-maintenance-complete','a maintenance contract settling every remote-maintenance item',maint(),{'verdict':'COVERED','fired':['CC-09'],
 'items':[{'checklistItem':'CC-09','control':'REMOTE_LOGIN_RESTRICTED','status':'COVERED'},{'control':'REMOTE_LOGIN_LOGGED','status':'COVERED','strength':'SHOULD'}]})
review('review-maintenance-not-logged','every MUST item settled, logging not: a recommendation',maint(drop=('REMOTE_LOGIN_LOGGED',)),{
 'verdict':'COVERED_WITH_RECOMMENDATIONS','items':[{'control':'REMOTE_LOGIN_LOGGED','status':'MISSING','strength':'SHOULD'}]})
review('review-maintenance-shared-accounts','a maintenance contract that leaves per-person accounts, confidentiality and subcontractors out',maint(drop=('REMOTE_ACCOUNTS_PER_PERSON','CONFIDENTIALITY','SUBCONTRACTOR_FLOW_DOWN')),{
 'verdict':'GAPS','items':[{'control':'REMOTE_ACCOUNTS_PER_PERSON','status':'MISSING','strength':'MUST'},{'control':'CONFIDENTIALITY','status':'MISSING','strength':'SHOULD'},
  {'control':'SUBCONTRACTOR_FLOW_DOWN','status':'MISSING','strength':'SHOULD'}]})
review('review-consignment-complete','a consignment contract binding the consignee to comply and report',CN,{'verdict':'COVERED','fired':['CC-16'],'notFired':notf('CC-16'),
 'items':[{'checklistItem':'CC-16','party':'clinic','status':'COVERED'}]})
review('review-consignment-missing-clause','a consignment contract without the compliance and reporting clause',dict(CN, clauses=[]),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-16','status':'MISSING'}]})
for name,doc in KS:
    with open(os.path.join(KOUT,name+'.yaml'),'w') as fh:
        fh.write('# '+doc['description']+'\n')
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120)
print('contracts', len(KS))
